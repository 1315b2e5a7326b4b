/**
 * The executor every repository goes through: one session per operation, the database always
 * named, reads through executeRead (a cluster routes them to followers), writes through
 * executeWrite, every transaction with a timeout, the session closed in `finally`.
 */
import neo4j, { type Driver, type ManagedTransaction, type Record as Neo4jRecord } from 'neo4j-driver';
import { toPlain } from './values.js';

// biome-ignore lint/suspicious/noExplicitAny: rows are cast to their shapes by each repository
export type Row = Record<string, any>;
export type QueryObserver = (query: string, params: Row) => void;

export interface GraphOptions {
  database: string;
  txTimeoutMs: number;
  /** Told of every query sent (tests count round-trips with it). */
  observer?: QueryObserver;
}

export class Graph {
  constructor(
    readonly driver: Driver,
    private readonly options: GraphOptions,
  ) {}

  /** The same graph, with every query also reported to `observer`. */
  observed(observer: QueryObserver): Graph {
    const outer = this.options.observer;
    return new Graph(this.driver, {
      ...this.options,
      observer: (q, p) => {
        outer?.(q, p);
        observer(q, p);
      },
    });
  }

  /** One query in a read transaction; `timeoutMs` tightens the default transaction timeout. */
  async read<T extends Row = Row>(query: string, params: Row = {}, options: { timeoutMs?: number } = {}): Promise<T[]> {
    return this.session('READ', (tx) => this.run<T>(tx, query, params), options.timeoutMs);
  }

  async write<T extends Row = Row>(query: string, params: Row = {}): Promise<T[]> {
    return this.session('WRITE', (tx) => this.run<T>(tx, query, params));
  }

  /** Several writes in one transaction: all of them or none. */
  async writeTransaction<T>(work: (tx: GraphTransaction) => Promise<T>): Promise<T> {
    return this.session('WRITE', (tx) => work({ run: <R extends Row = Row>(q: string, p: Row = {}) => this.run<R>(tx, q, p) }));
  }

  /** Several reads in one transaction (one consistent snapshot). */
  async readTransaction<T>(work: (tx: GraphTransaction) => Promise<T>): Promise<T> {
    return this.session('READ', (tx) => work({ run: <R extends Row = Row>(q: string, p: Row = {}) => this.run<R>(tx, q, p) }));
  }

  private async session<T>(mode: 'READ' | 'WRITE', work: (tx: ManagedTransaction) => Promise<T>, timeoutMs?: number): Promise<T> {
    const config = { timeout: Math.min(timeoutMs ?? Infinity, this.options.txTimeoutMs) };
    for (let attempt = 1; ; attempt++) {
      const session = this.driver.session({ database: this.options.database, defaultAccessMode: mode });
      try {
        return mode === 'READ' ? await session.executeRead(work, config) : await session.executeWrite(work, config);
      } catch (error) {
        // Two writers MERGE the same new id at once: the loser's transaction fails on the
        // uniqueness constraint. Run again, the MERGE then matches the winner's node.
        if (mode === 'WRITE' && codeOf(error) === CONSTRAINT_FAILED && attempt < MAX_CONSTRAINT_ATTEMPTS) continue;
        if (isUnavailable(error)) throw new DatabaseUnavailableError((error as Error).message, { cause: error });
        throw error;
      } finally {
        await session.close().catch(() => {}); // a session on a lost connection may fail to close: nothing to undo
      }
    }
  }

  private async run<T extends Row>(tx: ManagedTransaction, query: string, params: Row): Promise<T[]> {
    this.options.observer?.(query, params);
    try {
      const result = await tx.run(query, params);
      return result.records.map((record: Neo4jRecord) => toPlain(record.toObject()) as T);
    } catch (error) {
      // Neo4j calls running out of transaction memory transient, so the driver would retry the
      // same query for half a minute; a query too large stays too large: fail at once instead.
      if ((error as { code?: string }).code === 'Neo.TransientError.General.MemoryPoolOutOfMemoryError') {
        throw new QueryTooLargeError((error as Error).message, { cause: error });
      }
      throw error;
    }
  }
}

const CONSTRAINT_FAILED = 'Neo.ClientError.Schema.ConstraintValidationFailed';
const MAX_CONSTRAINT_ATTEMPTS = 5;

const codeOf = (error: unknown) => (error as { code?: unknown } | null)?.code;

/** The driver gave up reaching the database (after its own retries): it is down or unreachable. */
function isUnavailable(error: unknown): boolean {
  const code = codeOf(error);
  return code === neo4j.error.SERVICE_UNAVAILABLE || code === neo4j.error.SESSION_EXPIRED;
}

/** The database could not be reached within the driver's connect and retry time. */
export class DatabaseUnavailableError extends Error {
  readonly code = 'DATABASE_UNAVAILABLE';
  override name = 'DatabaseUnavailableError';
}

/** A query that needed more memory than the server allows one transaction. */
export class QueryTooLargeError extends Error {
  readonly code = 'QUERY_TOO_LARGE';
  override name = 'QueryTooLargeError';
}

export interface GraphTransaction {
  run<T extends Row = Row>(query: string, params?: Row): Promise<T[]>;
}
