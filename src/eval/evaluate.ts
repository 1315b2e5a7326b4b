/**
 * Extraction measured against the gold articles, per article and per set, with the targets
 * the extractor must meet: on the seed every direct quote found with its exact span and
 * right speaker; on the development set speaker accuracy ≥ 95 % and exact-span F1 ≥ 0.95.
 * The held-out set is reported without a target: it estimates accuracy on unseen text, and
 * tuning the extractor to it would spoil that.
 * A target is met only when measured: if its set has no articles, or a gold dossier of the set
 * could not be scored (its raw text is missing), the target fails with that reason.
 */
import type { Dossier } from '../dossier/schema.js';
import { loadGold, shownPath, type Gold, type GoldSet, type MissingGold } from './gold.js';
import { addCounts, score, scores, ZERO, type Counts, type Scores } from './score.js';

export type Extractor = (raw: string, options: { url?: string; published?: string; publisher?: string }) => { dossier: Dossier };

export interface Target {
  set: GoldSet;
  metric: keyof Scores;
  atLeast: number;
}

export const TARGETS: Target[] = [
  { set: 'seed', metric: 'exactRecall', atLeast: 1 },
  { set: 'seed', metric: 'speakerAccuracy', atLeast: 1 },
  { set: 'dev', metric: 'speakerAccuracy', atLeast: 0.95 },
  { set: 'dev', metric: 'exactF1', atLeast: 0.95 },
];

export interface Evaluation {
  articles: Array<{ name: string; set: GoldSet; counts: Counts; scores: Scores }>;
  sets: Array<{ set: GoldSet; articles: number; counts: Counts; scores: Scores }>;
  /** Gold dossiers that could not be scored. */
  missing: MissingGold[];
  /** One line per target not met: below its threshold, or not measured (and why). */
  failures: string[];
}

/** The options a user would give `claimgraph extract` for this article. */
function optionsFor(gold: Dossier) {
  const publisher = gold.actors.find((a) => a.id === gold.article.publisher || a.name === gold.article.publisher);
  return { url: gold.article.url, published: gold.article.publishedAt?.slice(0, 10), publisher: publisher?.name ?? gold.article.publisher };
}

export function evaluate(extract: Extractor, gold: Gold = loadGold(), targets: Target[] = TARGETS): Evaluation {
  const perArticle = gold.articles.map((a) => {
    const { dossier } = extract(a.raw, optionsFor(a.gold));
    const counts = score(a.gold, dossier);
    return { name: a.name, set: a.set, counts, scores: scores(counts) };
  });
  const sets = (['seed', 'dev', 'holdout'] as const)
    .map((set) => {
      const members = perArticle.filter((a) => a.set === set);
      const counts = members.reduce((sum, a) => addCounts(sum, a.counts), ZERO);
      return { set, articles: members.length, counts, scores: scores(counts) };
    })
    .filter((s) => s.articles > 0);
  const failures = targets.flatMap((t) => {
    const unmeasured = whyUnmeasured(t.set, gold);
    if (unmeasured) return [`${t.set} ${t.metric}: not scored — ${unmeasured}`];
    const value = sets.find((s) => s.set === t.set)!.scores[t.metric];
    return value >= t.atLeast ? [] : [`${t.set} ${t.metric} ${value.toFixed(3)} < ${t.atLeast}`];
  });
  return { articles: perArticle, sets, missing: gold.missing, failures };
}

/** Why a set's targets cannot be measured (undefined when they can): an article missing, or none at all. */
function whyUnmeasured(set: GoldSet, gold: Gold): string | undefined {
  const missing = gold.missing.filter((m) => m.set === set);
  if (missing.length > 0) return missing.length === 1 ? missing[0]!.reason : `${missing[0]!.reason} (and ${missing.length - 1} more)`;
  if (!gold.articles.some((a) => a.set === set)) return `no gold articles${gold.dirs ? ` in ${shownPath(gold.dirs[set])}` : ''}`;
  return undefined;
}

const COLUMNS: Array<[keyof Scores, string]> = [
  ['exactPrecision', 'exact P'],
  ['exactRecall', 'exact R'],
  ['exactF1', 'exact F1'],
  ['overlapPrecision', 'ovl P'],
  ['overlapRecall', 'ovl R'],
  ['overlapF1', 'ovl F1'],
  ['speakerAccuracy', 'speaker'],
  ['reportedRecall', 'reported R'],
  ['kindAccuracy', 'kind'],
  ['entityLinking', 'entities'],
];

/** A Markdown table: one row per article, then one per set; then the articles not scored. */
export function formatEvaluation(e: Evaluation): string {
  const row = (label: string, quotes: string, s: Scores) => `| ${label} | ${quotes} | ${COLUMNS.map(([k]) => s[k].toFixed(3)).join(' | ')} |`;
  const quotes = (c: Counts) => `${c.exactQuotes}/${c.goldQuotes} (${c.predictedQuotes})`;
  return [
    `| article | quotes exact/gold (found) | ${COLUMNS.map(([, h]) => h).join(' | ')} |`,
    `|---|---|${COLUMNS.map(() => '---').join('|')}|`,
    ...e.articles.map((a) => row(a.name, quotes(a.counts), a.scores)),
    ...e.sets.map((s) => row(`**${s.set}** (${s.articles})`, quotes(s.counts), s.scores)),
    ...(e.missing.length > 0 ? ['', 'Not scored:', ...e.missing.map((m) => `- ${m.set} ${m.name}: ${m.reason}`)] : []),
  ].join('\n');
}
