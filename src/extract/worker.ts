/**
 * One extraction worker thread (started by pool.ts through worker-entry.mjs): extracts each
 * article it is sent and posts the dossier and report back, or the error — a DossierError with
 * its issues, so that the caller can throw the same typed error.
 */
import { parentPort } from 'node:worker_threads';
import { DossierError } from '../dossier/errors.js';
import { extractDossier, type ExtractOptions } from './index.js';

export interface ExtractionRequest {
  raw: string;
  options: ExtractOptions;
}

export type ExtractionReply =
  /** The worker is loaded and has begun: the time limit starts now. */
  { started: true } | { ok: true; value: ReturnType<typeof extractDossier> } | { ok: false; error: { message: string; issues?: DossierError['issues'] } };

parentPort!.on('message', ({ raw, options }: ExtractionRequest) => {
  parentPort!.postMessage({ started: true } satisfies ExtractionReply);
  let reply: ExtractionReply;
  try {
    reply = { ok: true, value: extractDossier(raw, options) };
  } catch (error) {
    reply = { ok: false, error: { message: (error as Error).message, issues: error instanceof DossierError ? error.issues : undefined } };
  }
  parentPort!.postMessage(reply);
});
