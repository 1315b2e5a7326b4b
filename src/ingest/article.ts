/** Raw article text → graph: extract a dossier (in a worker thread of the pool), then ingest it like any other. */
import type { ExtractionReport, ExtractOptions } from '../extract/index.js';
import type { Extraction, Extractor } from '../extract/pool.js';
import type { Graph } from '../graph/graph.js';
import { ingestDossier, type IngestResult } from './ingest.js';

export interface ArticleIngest {
  result: IngestResult;
  report: ExtractionReport;
}

export async function ingestArticle(
  graph: Graph,
  extractor: Extractor,
  text: string,
  options: ExtractOptions & { replace?: boolean } = {},
): Promise<ArticleIngest> {
  const { replace, ...extractOptions } = options;
  return ingestExtraction(graph, extractor.extract(text, extractOptions), { replace });
}

/** An extraction, perhaps still running (the CLI starts several ahead), → graph. */
export async function ingestExtraction(graph: Graph, extraction: Promise<Extraction>, options: { replace?: boolean } = {}): Promise<ArticleIngest> {
  const { dossier, report } = await extraction;
  const result = await ingestDossier(graph, dossier, options);
  return { result, report };
}
