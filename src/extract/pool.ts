/**
 * Extraction off the event loop: a pool of worker threads (worker.ts), so that a long article
 * never stalls the server's other requests, and a folder of articles uses every core.
 *
 * - Workers start when work arrives (up to `workers`), are reused, and are terminated by
 *   `close()`. An idle worker does not keep the process alive; a busy one does.
 * - Articles above `maxArticleBytes` (UTF-8) are refused before any work (ArticleTooLargeError).
 * - An extraction running past `timeoutMs` (from when its worker begins it) has its worker
 *   terminated (and replaced when work next arrives); the caller gets ExtractionTimeoutError
 *   and has nothing to write.
 * - Articles wait in a queue, in order, while every worker is busy.
 */
import { Worker } from 'node:worker_threads';
import type { ExtractionSettings } from '../config.js';
import { DossierError } from '../dossier/errors.js';
import type { extractDossier, ExtractOptions } from './index.js';
import type { ExtractionReply } from './worker.js';

export type Extraction = ReturnType<typeof extractDossier>;

/** What extracts articles: the pool, or anything that answers like it (tests). */
export interface Extractor {
  extract(raw: string, options?: ExtractOptions): Promise<Extraction>;
}

/** An article above the size limit: refused before any work. */
export class ArticleTooLargeError extends Error {
  readonly field = 'text';
  constructor(
    readonly bytes: number,
    readonly limit: number,
  ) {
    super(`"text" is ${bytes} bytes (UTF-8), above the article size limit of ${limit} bytes`);
    this.name = 'ArticleTooLargeError';
  }
}

/** An extraction that ran past the time limit: stopped, nothing extracted. */
export class ExtractionTimeoutError extends Error {
  constructor(readonly limitMs: number) {
    super(`extracting the article took longer than the limit of ${limitMs} ms and was stopped; send a shorter text`);
    this.name = 'ExtractionTimeoutError';
  }
}

const ENTRY = new URL('./worker-entry.mjs', import.meta.url);

interface Job {
  raw: string;
  options: ExtractOptions;
  resolve(value: Extraction): void;
  reject(error: Error): void;
}

interface Slot {
  worker: Worker;
  job?: Job;
  timer?: NodeJS.Timeout;
  /** Why the worker is being ended: what its job is rejected with. */
  ending?: Error;
}

export class ExtractionPool implements Extractor {
  private readonly slots = new Set<Slot>();
  private readonly queue: Job[] = [];
  private closed = false;

  constructor(readonly settings: ExtractionSettings) {}

  extract(raw: string, options: ExtractOptions = {}): Promise<Extraction> {
    if (this.closed) return Promise.reject(new Error('the extraction pool is closed'));
    const bytes = Buffer.byteLength(raw, 'utf8');
    if (bytes > this.settings.maxArticleBytes) return Promise.reject(new ArticleTooLargeError(bytes, this.settings.maxArticleBytes));
    return new Promise<Extraction>((resolve, reject) => {
      this.queue.push({ raw, options, resolve, reject });
      this.dispatch();
    });
  }

  /** Workers running now (started lazily, up to `settings.workers`). */
  get size(): number {
    return this.slots.size;
  }

  /** Stops every worker; queued and running extractions are rejected. */
  async close(): Promise<void> {
    this.closed = true;
    for (const job of this.queue.splice(0)) job.reject(new Error('the extraction pool was closed'));
    await Promise.all([...this.slots].map((slot) => this.end(slot, new Error('the extraction pool was closed'))));
  }

  private dispatch(): void {
    while (this.queue.length > 0) {
      let slot = [...this.slots].find((s) => !s.job && !s.ending);
      if (!slot) {
        if (this.slots.size >= Math.max(1, this.settings.workers)) return;
        slot = this.start();
      }
      this.run(slot, this.queue.shift()!);
    }
  }

  private start(): Slot {
    // No Node flags of the parent (tsx's CLI loader, --cpu-prof…): the entry registers tsx itself.
    const worker = new Worker(ENTRY, { execArgv: [] });
    const slot: Slot = { worker };
    worker.unref();
    worker.on('message', (reply: ExtractionReply) => this.finish(slot, reply));
    // An uncaught error ends the worker: its job fails with it (the exit handler rejects).
    worker.on('error', (error) => (slot.ending ??= error));
    worker.on('exit', () => {
      this.slots.delete(slot);
      clearTimeout(slot.timer);
      slot.job?.reject(slot.ending ?? new Error('the extraction worker stopped'));
      slot.job = undefined;
      // Work still queued gets a fresh worker.
      if (!this.closed) this.dispatch();
    });
    this.slots.add(slot);
    return slot;
  }

  private run(slot: Slot, job: Job): void {
    slot.job = job;
    slot.worker.ref();
    slot.worker.postMessage({ raw: job.raw, options: job.options });
  }

  private finish(slot: Slot, reply: ExtractionReply): void {
    if ('started' in reply) {
      // Timed from here: a new worker's start (loading tsx and the NLP lexicon) does not count.
      slot.timer = setTimeout(() => void this.end(slot, new ExtractionTimeoutError(this.settings.timeoutMs)), this.settings.timeoutMs);
      return;
    }
    const job = slot.job;
    clearTimeout(slot.timer);
    slot.job = undefined;
    slot.worker.unref();
    if (job) {
      if (reply.ok) job.resolve(reply.value);
      else job.reject(reply.error.issues ? new DossierError(reply.error.issues) : new Error(reply.error.message));
    }
    this.dispatch();
  }

  private async end(slot: Slot, why: Error): Promise<void> {
    slot.ending ??= why;
    await slot.worker.terminate();
  }
}

let shared: ExtractionPool | undefined;

/** One pool for the process, made with the first caller's settings (for callers that are given none). */
export function sharedExtractionPool(settings: ExtractionSettings): ExtractionPool {
  shared ??= new ExtractionPool(settings);
  return shared;
}

/** Stops the shared pool (a later call to sharedExtractionPool makes a new one). */
export async function closeSharedExtractionPool(): Promise<void> {
  const pool = shared;
  shared = undefined;
  await pool?.close();
}
