// The part of autocannon's programmatic API the benchmark uses (the package ships no types).
declare module 'autocannon' {
  import type { EventEmitter } from 'node:events';

  interface Options {
    url: string;
    method?: string;
    headers?: Record<string, string>;
    body?: string;
    connections?: number;
    amount?: number;
    duration?: number;
    timeout?: number;
    sampleInt?: number;
    verifyBody?: (body: string) => boolean;
    /** Requests each connection sends in turn, cycling (the soak's mixed queries). */
    requests?: Array<{ method?: string; path?: string; headers?: Record<string, string>; body?: string }>;
  }

  interface Result {
    errors: number;
    timeouts: number;
    mismatches?: number;
    non2xx: number;
    totalCompletedRequests: number;
  }

  interface Instance extends EventEmitter, PromiseLike<Result> {
    stop(): void;
  }

  function autocannon(options: Options): Instance;
  export default autocannon;
}
