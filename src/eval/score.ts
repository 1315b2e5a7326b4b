/**
 * Scoring an extracted dossier against a gold one.
 *
 * Spans index into each dossier's own article text, and the two texts may differ (site chrome
 * stripped differently), so a span is compared as (paragraph text, offsets within it): an
 * exact match has the same paragraph and the same offsets; an overlap match shares at least
 * half of the longer span's characters within the same paragraph.
 * Actors are matched by name: a predicted actor is the gold actor whose name, or else whose
 * only alias, equals one of its names (case-insensitive, "Mr" ignored).
 */
import type { ActorEntry, Dossier, StatementEntry } from '../dossier/schema.js';
import { nameKey, nameKeys } from '../dossier/names.js';

interface Located {
  statement: StatementEntry;
  paragraph: string;
  start: number;
  end: number;
}

function locate(d: Dossier, s: StatementEntry): Located {
  const text = d.article.text;
  const paraStart = text.lastIndexOf('\n\n', s.span.start - 1);
  const from = paraStart < 0 ? 0 : paraStart + 2;
  const paraEnd = text.indexOf('\n\n', s.span.start);
  const to = paraEnd < 0 ? text.length : paraEnd;
  return { statement: s, paragraph: text.slice(from, to).replace(/\s+/g, ' ').trim(), start: s.span.start - from, end: s.span.end - from };
}

const exact = (a: Located, b: Located) => a.paragraph === b.paragraph && a.start === b.start && a.end === b.end;
function overlapping(a: Located, b: Located): boolean {
  if (a.paragraph !== b.paragraph) return false;
  const shared = Math.min(a.end, b.end) - Math.max(a.start, b.start);
  return shared > 0 && shared / Math.max(a.end - a.start, b.end - b.start) >= 0.5;
}

/** Pairs each gold item with at most one predicted item, greedily in text order. */
function pair(gold: Located[], predicted: Located[], same: (g: Located, p: Located) => boolean): Array<[Located, Located]> {
  const used = new Set<Located>();
  const pairs: Array<[Located, Located]> = [];
  for (const g of gold) {
    const p = predicted.find((x) => !used.has(x) && same(g, x));
    if (p) {
      used.add(p);
      pairs.push([g, p]);
    }
  }
  return pairs;
}

/** Who a reference names in its own dossier: the actor entry, by id, name or alias. */
function actorOf(d: Dossier, ref: string): ActorEntry | undefined {
  const key = nameKey(ref);
  return d.actors.find((a) => a.id === ref || nameKeys(a.name, a.aliases).includes(key));
}

/** The gold actor a predicted actor stands for, if any. */
export function linkActor(gold: Dossier, predicted: ActorEntry | undefined): ActorEntry | undefined {
  if (!predicted) return undefined;
  const keys = nameKeys(predicted.name, predicted.aliases);
  const byName = gold.actors.filter((g) => keys.includes(nameKey(g.name)));
  if (byName.length === 1) return byName[0];
  const byAlias = gold.actors.filter((g) => nameKeys(g.name, g.aliases).includes(nameKey(predicted.name)));
  return byAlias.length === 1 ? byAlias[0] : undefined;
}

export interface Counts {
  goldQuotes: number;
  predictedQuotes: number;
  exactQuotes: number;
  overlapQuotes: number;
  speakerRight: number;
  speakerJudged: number;
  goldReported: number;
  reportedFound: number;
  kindRight: number;
  kindJudged: number;
  goldActors: number;
  actorsLinked: number;
}

export function score(gold: Dossier, predicted: Dossier): Counts {
  const at = (d: Dossier, kinds: string[]) => d.statements.filter((s) => kinds.includes(s.kind)).map((s) => locate(d, s));
  const goldQuotes = at(gold, ['DIRECT_QUOTE']);
  const predictedQuotes = at(predicted, ['DIRECT_QUOTE']);
  const overlapPairs = pair(goldQuotes, predictedQuotes, overlapping);
  const speakerOf = (d: Dossier, s: StatementEntry) => actorOf(d, s.speaker);
  const speakerRight = overlapPairs.filter(([g, p]) => {
    const goldSpeaker = speakerOf(gold, g.statement);
    return goldSpeaker !== undefined && linkActor(gold, speakerOf(predicted, p.statement)) === goldSpeaker;
  }).length;

  const goldReported = at(gold, ['INDIRECT', 'PARAPHRASE']);
  const allPredicted = at(predicted, ['DIRECT_QUOTE', 'INDIRECT', 'PARAPHRASE']);
  const allPairs = pair(at(gold, ['DIRECT_QUOTE', 'INDIRECT', 'PARAPHRASE']), allPredicted, overlapping);

  // The actors that matter: those who speak or are mentioned in the gold statements.
  const cast = new Set(
    gold.statements
      .flatMap((s) => [s.speaker, ...s.mentions.map((m) => m.target)])
      .map((r) => actorOf(gold, r))
      .filter((a) => a !== undefined),
  );
  const linked = new Set(predicted.actors.map((a) => linkActor(gold, a)).filter((a) => a !== undefined));

  return {
    goldQuotes: goldQuotes.length,
    predictedQuotes: predictedQuotes.length,
    exactQuotes: pair(goldQuotes, predictedQuotes, exact).length,
    overlapQuotes: overlapPairs.length,
    speakerRight,
    speakerJudged: overlapPairs.length,
    goldReported: goldReported.length,
    reportedFound: pair(goldReported, allPredicted, overlapping).length,
    kindRight: allPairs.filter(([g, p]) => g.statement.kind === p.statement.kind).length,
    kindJudged: allPairs.length,
    goldActors: cast.size,
    actorsLinked: [...cast].filter((a) => linked.has(a)).length,
  };
}

export function addCounts(a: Counts, b: Counts): Counts {
  return Object.fromEntries(Object.keys(a).map((k) => [k, a[k as keyof Counts] + b[k as keyof Counts]])) as unknown as Counts;
}

export const ZERO: Counts = {
  goldQuotes: 0,
  predictedQuotes: 0,
  exactQuotes: 0,
  overlapQuotes: 0,
  speakerRight: 0,
  speakerJudged: 0,
  goldReported: 0,
  reportedFound: 0,
  kindRight: 0,
  kindJudged: 0,
  goldActors: 0,
  actorsLinked: 0,
};

export interface Scores {
  exactPrecision: number;
  exactRecall: number;
  exactF1: number;
  overlapPrecision: number;
  overlapRecall: number;
  overlapF1: number;
  speakerAccuracy: number;
  reportedRecall: number;
  kindAccuracy: number;
  entityLinking: number;
}

const ratio = (n: number, d: number) => (d === 0 ? 1 : n / d);
const f1 = (p: number, r: number) => (p + r === 0 ? 0 : (2 * p * r) / (p + r));

export function scores(c: Counts): Scores {
  const exactPrecision = ratio(c.exactQuotes, c.predictedQuotes);
  const exactRecall = ratio(c.exactQuotes, c.goldQuotes);
  const overlapPrecision = ratio(c.overlapQuotes, c.predictedQuotes);
  const overlapRecall = ratio(c.overlapQuotes, c.goldQuotes);
  return {
    exactPrecision,
    exactRecall,
    exactF1: f1(exactPrecision, exactRecall),
    overlapPrecision,
    overlapRecall,
    overlapF1: f1(overlapPrecision, overlapRecall),
    speakerAccuracy: ratio(c.speakerRight, c.speakerJudged),
    reportedRecall: ratio(c.reportedFound, c.goldReported),
    kindAccuracy: ratio(c.kindRight, c.kindJudged),
    entityLinking: ratio(c.actorsLinked, c.goldActors),
  };
}
