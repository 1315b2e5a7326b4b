/**
 * Queries stopped by the server's per-transaction limits (time, memory) become clear, typed
 * client errors that say how to narrow the request.
 */
import { GraphQLError } from 'graphql';
import { QueryTooLargeError } from '../graph/graph.js';

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
