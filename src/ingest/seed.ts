/** The seed: curated dossiers loaded when the graph has no article yet (a fresh database). */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { countArticles } from '../graph/admin.js';
import type { Graph } from '../graph/graph.js';
import type { Logger } from '../logger.js';
import { ingestDossier } from './ingest.js';

export async function seedIfEmpty(graph: Graph, dir: string, log: Logger): Promise<number> {
  if ((await countArticles(graph)) > 0) return 0;
  const files = (await readdir(dir)).filter((f) => f.endsWith('.json')).sort();
  for (const file of files) {
    const result = await ingestDossier(graph, JSON.parse(await readFile(path.join(dir, file), 'utf8')));
    log.info('seed dossier loaded', { file, ...result });
  }
  return files.length;
}
