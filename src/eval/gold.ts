/**
 * The gold standard for extraction: curated dossiers with the raw text they were made from.
 * The seed (data/seed), the development set (data/dev, what the extractor is tuned on) and
 * the held-out set (data/holdout, written without looking at the extractor and not to be
 * tuned on) each keep every raw article (`name.txt`) beside its gold dossier (`name.json`).
 * A dossier whose raw text is missing cannot be scored: it is listed as missing, so that a
 * target over its set counts as not measured instead of silently passing on fewer articles.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from '../config.js';
import type { Dossier } from '../dossier/schema.js';
import { parseDossier } from '../dossier/validate.js';

export type GoldSet = 'seed' | 'dev' | 'holdout';

export interface GoldArticle {
  name: string;
  set: GoldSet;
  raw: string;
  gold: Dossier;
}

/** A gold article that could not be scored, and why (in words for the person running eval). */
export interface MissingGold {
  name: string;
  set: GoldSet;
  reason: string;
}

export interface Gold {
  articles: GoldArticle[];
  missing: MissingGold[];
  /** The folder each set was read from (named when a set turns out empty). */
  dirs?: Record<GoldSet, string>;
}

export const SEED_DIR = path.join(ROOT, 'data', 'seed');
export const DEV_DIR = path.join(ROOT, 'data', 'dev');
export const HOLDOUT_DIR = path.join(ROOT, 'data', 'holdout');
export const GOLD_DIRS: Record<GoldSet, string> = { seed: SEED_DIR, dev: DEV_DIR, holdout: HOLDOUT_DIR };

/** A path as the person running eval would type it: relative to the repository when inside it. */
export function shownPath(file: string): string {
  const relative = path.relative(ROOT, file);
  return relative.startsWith('..') || path.isAbsolute(relative) ? file : relative;
}

/** Every gold dossier of the three sets: those with their raw text, and those without. */
export function loadGold(dirs: Record<GoldSet, string> = GOLD_DIRS): Gold {
  const articles: GoldArticle[] = [];
  const missing: MissingGold[] = [];
  for (const set of ['seed', 'dev', 'holdout'] as const) {
    const dir = dirs[set];
    if (!existsSync(dir)) continue;
    for (const file of readdirSync(dir)
      .filter((f) => f.endsWith('.json'))
      .sort()) {
      const name = file.replace(/\.json$/, '');
      const rawFile = path.join(dir, `${name}.txt`);
      if (!existsSync(rawFile)) {
        missing.push({ name, set, reason: `raw text ${shownPath(rawFile)} missing` });
        continue;
      }
      articles.push({ name, set, raw: readFileSync(rawFile, 'utf8'), gold: parseDossier(JSON.parse(readFileSync(path.join(dir, file), 'utf8'))) });
    }
  }
  return { articles, missing, dirs };
}

/** Every gold article whose raw text is present. */
export function goldArticles(): GoldArticle[] {
  return loadGold().articles;
}
