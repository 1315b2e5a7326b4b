/** Queries stopped by their transaction timeout become a clear, typed client error. */
import { GraphQLError } from 'graphql';

export function isTimeout(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && code.includes('TransactionTimedOut');
}

/** Runs `work`; if Neo4j stops it for taking longer than `limitMs`, says so with `advice`. */
export async function withTimeLimit<T>(what: string, limitMs: number, advice: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (!isTimeout(error)) throw error;
    throw new GraphQLError(`${what} took longer than ${limitMs / 1000} s and was stopped; ${advice}.`, {
      extensions: { code: 'QUERY_TIMEOUT', limitMs },
    });
  }
}
