/**
 * Database errors the client should see, as clear typed GraphQL errors: queries stopped by the
 * server's per-transaction limits (time, memory), saying how to narrow the request, and a
 * database that cannot be reached. Every other error stays masked.
 */
import { GraphQLError } from 'graphql';
import { DatabaseUnavailableError, QueryTooLargeError } from '../graph/graph.js';

export function limitHit(error: unknown): 'time' | 'memory' | null {
  if (error instanceof QueryTooLargeError) return 'memory';
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && code.includes('TransactionTimedOut') ? 'time' : null;
}

export interface LimitMessage {
  /** What was stopped, as the subject of a sentence: "The path search". */
  what: string;
  /** How to ask for less: "lower maxHops or restrict relationshipTypes". */
  advice: string;
  /** The time limit that applied, for the message. */
  timeLimitMs?: number;
}

export async function withQueryLimits<T>(message: LimitMessage, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    const limit = limitHit(error);
    if (!limit) throw error;
    const reason =
      limit === 'time'
        ? `took longer than ${message.timeLimitMs ? `${message.timeLimitMs / 1000} s` : 'the server allows'}`
        : 'needed more memory than the server allows one query';
    throw new GraphQLError(`${message.what} ${reason} and was stopped; ${message.advice}.`, {
      extensions: { code: limit === 'time' ? 'QUERY_TIMEOUT' : 'QUERY_TOO_LARGE' },
    });
  }
}

/** What a client gets while Neo4j is down or unreachable (the driver has given up retrying). */
export const DATABASE_UNAVAILABLE_MESSAGE = 'The database is unavailable; try again shortly.';

/**
 * The client-facing error for a resolver's failure, when it is one the client should see:
 * the database being unavailable, or a limit hit outside `withQueryLimits`. Undefined: mask it.
 * `error` is what GraphQL execution reports (a located GraphQLError wrapping the original).
 */
export function databaseClientError(error: unknown): GraphQLError | undefined {
  const located = error instanceof GraphQLError ? error : undefined;
  const original = located?.originalError ?? error;
  const at = located ? { nodes: located.nodes, source: located.source, positions: located.positions, path: located.path } : {};
  if (original instanceof DatabaseUnavailableError) {
    return new GraphQLError(DATABASE_UNAVAILABLE_MESSAGE, { ...at, extensions: { code: 'DATABASE_UNAVAILABLE' } });
  }
  const limit = limitHit(original);
  if (limit === 'time')
    return new GraphQLError('The query took longer than the server allows and was stopped; ask for less.', { ...at, extensions: { code: 'QUERY_TIMEOUT' } });
  if (limit === 'memory')
    return new GraphQLError('The query needed more memory than the server allows one query and was stopped; ask for less.', {
      ...at,
      extensions: { code: 'QUERY_TOO_LARGE' },
    });
  return undefined;
}
