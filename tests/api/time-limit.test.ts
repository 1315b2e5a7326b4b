/** A query that outlives its transaction timeout is stopped by Neo4j and reported clearly. */
import { afterAll, describe, expect, it } from 'vitest';
import { isTimeout, withTimeLimit } from '../../src/schema/time-limit.js';
import { openGraph } from '../support/graph.js';

const db = openGraph();
afterAll(() => db.close());

const SLOW = 'UNWIND range(1, 500000000) AS x RETURN count(x) AS n';

describe('time limits', () => {
  it('stops a read at its timeout and turns that into a QUERY_TIMEOUT error', async () => {
    const started = Date.now();
    const error = await db.graph.read(SLOW, {}, { timeoutMs: 300 }).catch((e: unknown) => e);
    expect(isTimeout(error)).toBe(true);
    expect(Date.now() - started).toBeLessThan(10_000);

    const reported = await withTimeLimit('The slow count', 300, 'count less', () => db.graph.read(SLOW, {}, { timeoutMs: 300 })).catch((e: unknown) => e);
    expect((reported as Error).message).toBe('The slow count took longer than 0.3 s and was stopped; count less.');
    expect((reported as { extensions: { code: string } }).extensions.code).toBe('QUERY_TIMEOUT');
  });

  it('passes other errors through unchanged', async () => {
    const error = await withTimeLimit('x', 1000, 'y', () => db.graph.read('RETURN 1 / 0')).catch((e: unknown) => e);
    expect(isTimeout(error)).toBe(false);
    expect((error as Error).message).toMatch(/by zero/i);
  });
});
