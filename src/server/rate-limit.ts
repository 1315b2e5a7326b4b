/**
 * Requests per caller (RateLimit in src/config.ts): a token bucket per API key, JWT subject or —
 * without auth — client address, on /graphql and /export/subgraph (not /health, /live, GraphiQL's
 * page or the explorer's). A bucket holds `burst` tokens and refills at `perMinute`; each request
 * takes one, and a caller with none left gets 429 with `Retry-After` (whole seconds until the
 * next token) and a GraphQL-style error naming the limit. Memory is bounded: a bucket idle long
 * enough to have refilled is forgotten (a full bucket is what an unknown caller gets anyway), and
 * at most `maxCallers` are kept, the least recently seen dropped first.
 */
import { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { RateLimit } from '../config.js';
import type { Logger } from '../logger.js';
import { EXPORT_PATH } from './export.js';

export const RATE_LIMITED = 'RATE_LIMITED';

/** Who is calling, as authentication established it; null: no identity (auth off), so the client address counts. */
export type CallerOf = (request: Request, context: Record<string, unknown>) => string | null;

export type Take = { ok: true } | { ok: false; retryAfterSeconds: number };

interface Bucket {
  tokens: number;
  /** When `tokens` was last brought up to date (ms). */
  at: number;
}

export class TokenBuckets {
  private readonly buckets = new Map<string, Bucket>();
  private readonly perMs: number;
  /** How long an empty bucket takes to fill: a bucket untouched that long is full, and forgotten. */
  private readonly refillMs: number;
  private readonly burst: number;
  private readonly maxCallers: number;
  private readonly now: () => number;

  constructor(options: { perMinute: number; burst: number; maxCallers?: number; now?: () => number }) {
    this.perMs = options.perMinute / 60_000;
    this.burst = options.burst;
    this.refillMs = options.burst / this.perMs;
    this.maxCallers = options.maxCallers ?? 100_000;
    this.now = options.now ?? Date.now;
  }

  get size(): number {
    return this.buckets.size;
  }

  take(caller: string): Take {
    const now = this.now();
    this.forgetIdle(now);
    const seen = this.buckets.get(caller);
    const tokens = seen ? Math.min(this.burst, seen.tokens + (now - seen.at) * this.perMs) : this.burst;
    // Re-inserted, so the map stays ordered by last use: the idle and the least recent come first.
    this.buckets.delete(caller);
    // A hair of tolerance: refills are sums of float products.
    if (tokens < 1 - 1e-9) {
      this.buckets.set(caller, { tokens, at: now });
      return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((1 - tokens) / this.perMs / 1000 - 1e-9)) };
    }
    this.buckets.set(caller, { tokens: tokens - 1, at: now });
    while (this.buckets.size > this.maxCallers) this.buckets.delete(this.buckets.keys().next().value!);
    return { ok: true };
  }

  private forgetIdle(now: number): void {
    for (const [caller, bucket] of this.buckets) {
      if (now - bucket.at < this.refillMs) break;
      this.buckets.delete(caller);
    }
  }
}

/** The address of the client's connection (node:http puts the request in the server context as `req`). Proxies' X-Forwarded-For is not trusted. */
function clientAddress(context: Record<string, unknown>): string {
  const req = context.req as { socket?: { remoteAddress?: string } } | undefined;
  return req?.socket?.remoteAddress ?? 'unknown';
}

export function rateLimitPlugin(rate: RateLimit, callerOf: CallerOf, log: Logger): Plugin {
  const buckets = new TokenBuckets(rate);
  const verdict = (request: Request, context: Record<string, unknown>) => {
    const caller = callerOf(request, context) ?? `address:${clientAddress(context)}`;
    const taken = buckets.take(caller);
    if (taken.ok) return null;
    log.info('rate limited', { path: new URL(request.url).pathname, retryAfter: taken.retryAfterSeconds });
    const message = `Rate limit of ${rate.perMinute} requests per minute (bursts of ${rate.burst}) exceeded for this caller; retry in ${taken.retryAfterSeconds} s.`;
    return {
      message,
      extensions: { code: RATE_LIMITED, limit: rate.perMinute, burst: rate.burst, retryAfter: taken.retryAfterSeconds },
      retryAfter: taken.retryAfterSeconds,
    };
  };
  return {
    // The export is answered in onRequest: it is counted there, after authentication's onRequest.
    onRequest({ request, url, serverContext, endResponse, fetchAPI }) {
      if (url.pathname !== EXPORT_PATH || request.method === 'OPTIONS') return;
      const refused = verdict(request, serverContext as Record<string, unknown>);
      if (!refused) return;
      endResponse(
        new fetchAPI.Response(JSON.stringify({ errors: [{ message: refused.message, extensions: refused.extensions }] }), {
          status: 429,
          headers: { 'content-type': 'application/json; charset=utf-8', 'retry-after': String(refused.retryAfter) },
        }),
      );
    },
    // GraphQL requests once parsed, when a JWT has been verified too (GraphiQL's page never gets here).
    onParams({ request, context, setResult }) {
      const refused = verdict(request, context as Record<string, unknown>);
      if (!refused) return;
      setResult({
        errors: [
          new GraphQLError(refused.message, {
            extensions: { ...refused.extensions, http: { status: 429, headers: { 'retry-after': String(refused.retryAfter) } } },
          }),
        ],
      });
    },
  };
}
