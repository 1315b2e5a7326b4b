/**
 * Topics and stance for extracted statements, from the taxonomy kept as data
 * (data/topics.json): a topic matches a statement through its keywords (whole words) and
 * phrases (word sequences), case-insensitively; the stance is the cue nearest to the match
 * ("deep concern" → CONCERN, "welcomes" → SUPPORT, "unacceptable" → OPPOSE), a negated
 * support cue ("not seeking", "no support") counting as OPPOSE, and NEUTRAL without a cue.
 * Only the most specific topics are kept: where two topics match the same words, the longer
 * match (then the deeper topic) wins, and a match on a subtopic makes its ancestors redundant.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { ROOT } from '../config.js';
import { Id, type Stance, type TopicEntry } from '../dossier/schema.js';

const Terms = z.array(z.string().trim().min(1)).default([]);
const Taxonomy = z.object({
  topics: z
    .array(z.object({ id: Id, name: z.string().min(1), parent: Id.optional(), description: z.string().optional(), keywords: Terms, phrases: Terms }))
    .min(1),
  stance: z.object({
    SUPPORT: z.object({ words: Terms, phrases: Terms }),
    OPPOSE: z.object({ words: Terms, phrases: Terms }),
    CONCERN: z.object({ words: Terms, phrases: Terms }),
    negations: Terms,
  }),
});
type Taxonomy = z.infer<typeof Taxonomy>;

export const TAXONOMY_FILE = path.join(ROOT, 'data', 'topics.json');

interface Matcher {
  pattern: RegExp;
}

interface CompiledTopic extends Matcher {
  entry: TopicEntry;
  ancestors: string[];
}

interface Cue extends Matcher {
  stance: Exclude<Stance, 'NEUTRAL'>;
}

/** Whole words or word sequences, any of them, case-insensitive, with flexible spacing and hyphens. */
function termsPattern(terms: readonly string[]): RegExp {
  const escaped = terms
    .map((t) =>
      t
        .toLowerCase()
        .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
        .replace(/[\s-]+/g, '[\\s-]+'),
    )
    .sort((a, b) => b.length - a.length);
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${escaped.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
}

function compile(taxonomy: Taxonomy) {
  const byId = new Map(taxonomy.topics.map((t) => [t.id, t]));
  const ancestorsOf = (id: string): string[] => {
    const chain: string[] = [];
    for (let parent = byId.get(id)?.parent; parent && !chain.includes(parent); parent = byId.get(parent)?.parent) chain.push(parent);
    return chain;
  };
  const topics: CompiledTopic[] = taxonomy.topics
    .filter((t) => t.keywords.length + t.phrases.length > 0)
    .map((t) => ({
      entry: { id: t.id, name: t.name, description: t.description, parent: t.parent },
      ancestors: ancestorsOf(t.id),
      pattern: termsPattern([...t.keywords, ...t.phrases]),
    }));
  const cues: Cue[] = (['SUPPORT', 'OPPOSE', 'CONCERN'] as const).map((stance) => ({
    stance,
    pattern: termsPattern([...taxonomy.stance[stance].words, ...taxonomy.stance[stance].phrases]),
  }));
  const negation = termsPattern(taxonomy.stance.negations);
  const entries = new Map(taxonomy.topics.map((t) => [t.id, { id: t.id, name: t.name, description: t.description, parent: t.parent } as TopicEntry]));
  return { topics, cues, negation, entries, ancestorsOf };
}

let compiled: ReturnType<typeof compile> | undefined;

/** The taxonomy, read and checked once. */
function taxonomy() {
  compiled ??= compile(Taxonomy.parse(JSON.parse(readFileSync(TAXONOMY_FILE, 'utf8'))));
  return compiled;
}

function matches(pattern: RegExp, text: string): Array<{ start: number; end: number }> {
  return [...text.matchAll(pattern)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

/** The stance of the cue nearest to `at` in `text`, or NEUTRAL. */
function stanceNear(text: string, at: { start: number; end: number }): Stance {
  const { cues, negation } = taxonomy();
  let best: { stance: Stance; distance: number } = { stance: 'NEUTRAL', distance: Infinity };
  for (const cue of cues) {
    for (const m of matches(cue.pattern, text)) {
      const distance = m.end <= at.start ? at.start - m.end : m.start >= at.end ? m.start - at.end : 0;
      // A negation within the three words before a support cue turns it into opposition.
      const before = text.slice(Math.max(0, m.start - 24), m.start);
      const negated = cue.stance === 'SUPPORT' && matches(negation, before.split(/\s+/).slice(-4).join(' ')).length > 0;
      const stance: Stance = negated ? 'OPPOSE' : cue.stance;
      if (distance < best.distance) best = { stance, distance };
    }
  }
  return best.stance;
}

/** The topics a statement is about, most specific only, each with its stance. */
export function tagStatement(text: string): Array<{ topic: string; stance: Stance }> {
  const lower = text.toLowerCase();
  const candidates = taxonomy().topics.flatMap((topic) => matches(topic.pattern, lower).map((at) => ({ topic, at, length: at.end - at.start })));
  candidates.sort((a, b) => b.length - a.length || b.topic.ancestors.length - a.topic.ancestors.length);
  const claimed: Array<{ start: number; end: number }> = [];
  const found = new Map<string, { topic: CompiledTopic; at: { start: number; end: number } }>();
  for (const c of candidates) {
    if (claimed.some((s) => c.at.start < s.end && s.start < c.at.end)) continue;
    claimed.push(c.at);
    if (!found.has(c.topic.entry.id!)) found.set(c.topic.entry.id!, c);
  }
  const redundant = new Set([...found.values()].flatMap((f) => f.topic.ancestors));
  return [...found]
    .filter(([id]) => !redundant.has(id))
    .sort(([, a], [, b]) => a.at.start - b.at.start)
    .map(([topic, f]) => ({ topic, stance: stanceNear(lower, f.at) }));
}

/** Topic entries for a dossier: the given topics and their ancestors (all topics without an argument). */
export function taxonomyTopics(used?: Iterable<string>): TopicEntry[] {
  const { entries, ancestorsOf } = taxonomy();
  if (!used) return [...entries.values()];
  const wanted = new Set([...used].flatMap((id) => [id, ...ancestorsOf(id)]));
  return [...entries.values()].filter((e) => wanted.has(e.id!));
}
