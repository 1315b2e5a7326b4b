/**
 * The executor every repository goes through: one session per operation, the database always
 * named, reads through executeRead (a cluster routes them to followers), writes through
 * executeWrite, every transaction with a timeout, the session closed in `finally`.
 */
import type { Driver, ManagedTransaction, Record as Neo4jRecord } from 'neo4j-driver';
import { toPlain } from './values.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- rows are cast to their shapes by each repository
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
    const session = this.driver.session({ database: this.options.database, defaultAccessMode: mode });
    const config = { timeout: Math.min(timeoutMs ?? Infinity, this.options.txTimeoutMs) };
    try {
      return mode === 'READ' ? await session.executeRead(work, config) : await session.executeWrite(work, config);
    } finally {
      await session.close();
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

/** A query that needed more memory than the server allows one transaction. */
export class QueryTooLargeError extends Error {
  readonly code = 'QUERY_TOO_LARGE';
  override name = 'QueryTooLargeError';
}

export interface GraphTransaction {
  run<T extends Row = Row>(query: string, params?: Row): Promise<T[]>;
}
