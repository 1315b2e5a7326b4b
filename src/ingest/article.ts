/** Raw article text → graph: extract a dossier, then ingest it like any other. */
import { extractDossier, type ExtractionReport, type ExtractOptions } from '../extract/index.js';
import type { Graph } from '../graph/graph.js';
import { ingestDossier, type IngestResult } from './ingest.js';

export interface ArticleIngest {
  result: IngestResult;
  report: ExtractionReport;
}

export async function ingestArticle(graph: Graph, text: string, options: ExtractOptions & { replace?: boolean } = {}): Promise<ArticleIngest> {
  const { dossier, report } = extractDossier(text, options);
  const result = await ingestDossier(graph, dossier, { replace: options.replace });
  return { result, report };
}
