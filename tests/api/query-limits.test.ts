/** Queries stopped by the server's real per-transaction limits, reported clearly and at once. */
import { afterAll, describe, expect, it } from 'vitest';
import { GraphQLError } from 'graphql';
import { DatabaseUnavailableError, QueryTooLargeError } from '../../src/graph/graph.js';
import { databaseClientError, limitHit, withQueryLimits } from '../../src/schema/query-limits.js';
import { openGraph } from '../support/graph.js';
import { freePort } from '../support/net.js';
import { graphOn } from '../support/own-neo4j.js';

const db = openGraph();
afterAll(() => db.close());

const SLOW = 'UNWIND range(1, 500000000) AS x RETURN count(x) AS n';
// Far more than the local Neo4j's transaction memory limit (70 % of its 1 GiB heap).
const BIG = 'UNWIND range(1, 40000000) AS x WITH collect(toString(x)) AS xs RETURN size(xs) AS n';

describe('query limits', () => {
  it('stops a read at its timeout and reports QUERY_TIMEOUT', async () => {
    const started = Date.now();
    const error = await db.graph.read(SLOW, {}, { timeoutMs: 300 }).catch((e: unknown) => e);
    expect(limitHit(error)).toBe('time');
    expect(Date.now() - started).toBeLessThan(10_000);

    const limits = { what: 'The slow count', advice: 'count less', timeLimitMs: 300 };
    const reported = await withQueryLimits(limits, () => db.graph.read(SLOW, {}, { timeoutMs: 300 })).catch((e: unknown) => e);
    expect((reported as Error).message).toBe('The slow count took longer than 0.3 s and was stopped; count less.');
    expect((reported as { extensions: { code: string } }).extensions.code).toBe('QUERY_TIMEOUT');
  });

  it('fails at once, without retries, when a query runs out of transaction memory', async () => {
    let sent = 0;
    const counted = db.graph.observed(() => (sent += 1));
    const error = await counted.read(BIG).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(QueryTooLargeError);
    // The driver retries transient errors (this one is, to Neo4j) for up to 30 s: not this one.
    expect(sent).toBe(1);
    const reported = await withQueryLimits({ what: 'The big list', advice: 'ask for less' }, () => db.graph.read(BIG)).catch((e: unknown) => e);
    expect((reported as Error).message).toBe('The big list needed more memory than the server allows one query and was stopped; ask for less.');
  }, 60_000);

  it('passes other errors through unchanged', async () => {
    const error = await withQueryLimits({ what: 'x', advice: 'y' }, () => db.graph.read('RETURN 1 / 0')).catch((e: unknown) => e);
    expect(limitHit(error)).toBe(null);
    expect((error as Error).message).toMatch(/by zero/i);
  });
});

describe('database errors the client sees', () => {
  it('turns an unreachable database into DatabaseUnavailableError, then DATABASE_UNAVAILABLE', async () => {
    const port = await freePort(); // nothing listens there
    const down = graphOn(`bolt://127.0.0.1:${port}`);
    try {
      const error = await down.graph.read('RETURN 1').catch((e: unknown) => e);
      expect(error).toBeInstanceOf(DatabaseUnavailableError);
      const client = databaseClientError(new GraphQLError('wrapped', { originalError: error as Error, path: ['actor'] }));
      expect(client?.message).toBe('The database is unavailable; try again shortly.');
      expect(client?.extensions.code).toBe('DATABASE_UNAVAILABLE');
      expect(client?.path).toEqual(['actor']);
    } finally {
      await down.close();
    }
  });

  it('reports a limit hit outside withQueryLimits, and leaves other errors to masking', async () => {
    const timedOut = await db.graph.read(SLOW, {}, { timeoutMs: 300 }).catch((e: unknown) => e);
    expect(databaseClientError(timedOut)?.extensions.code).toBe('QUERY_TIMEOUT');
    const other = await db.graph.read('RETURN 1 / 0').catch((e: unknown) => e);
    expect(databaseClientError(other)).toBeUndefined();
  });
});
