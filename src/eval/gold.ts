/**
 * The gold standard for extraction: curated dossiers with the raw text they were made from.
 * The seed's raw text is in the shared corpus; the development set (data/dev, what the
 * extractor is tuned on) and the held-out set (data/holdout, written without looking at the
 * extractor and not to be tuned on) keep each raw article (`NN-name.txt`) beside its gold
 * dossier (`NN-name.json`).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from '../config.js';
import type { Dossier } from '../dossier/schema.js';
import { parseDossier } from '../dossier/validate.js';

export interface GoldArticle {
  name: string;
  set: 'seed' | 'dev' | 'holdout';
  raw: string;
  gold: Dossier;
}

export const SEED_DIR = path.join(ROOT, 'data', 'seed');
export const DEV_DIR = path.join(ROOT, 'data', 'dev');
export const HOLDOUT_DIR = path.join(ROOT, 'data', 'holdout');
export const CORPUS_DIR = path.resolve(ROOT, '..', 'shared', 'corpus');

function load(name: string, set: GoldArticle['set'], rawFile: string, goldFile: string): GoldArticle {
  return { name, set, raw: readFileSync(rawFile, 'utf8'), gold: parseDossier(JSON.parse(readFileSync(goldFile, 'utf8'))) };
}

/** Every gold article whose raw text is present. */
export function goldArticles(): GoldArticle[] {
  const seed = readdirSync(SEED_DIR)
    .filter((f) => f.endsWith('.json') && existsSync(path.join(CORPUS_DIR, f.replace(/\.json$/, '.txt'))))
    .map((f) => load(f.replace(/\.json$/, ''), 'seed', path.join(CORPUS_DIR, f.replace(/\.json$/, '.txt')), path.join(SEED_DIR, f)));
  return [...seed, ...pairsIn(DEV_DIR, 'dev'), ...pairsIn(HOLDOUT_DIR, 'holdout')];
}

/** The NN-name.txt + NN-name.json pairs of a folder, in name order. */
function pairsIn(dir: string, set: GoldArticle['set']): GoldArticle[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json') && existsSync(path.join(dir, f.replace(/\.json$/, '.txt'))))
    .sort()
    .map((f) => load(f.replace(/\.json$/, ''), set, path.join(dir, f.replace(/\.json$/, '.txt')), path.join(dir, f)));
}
