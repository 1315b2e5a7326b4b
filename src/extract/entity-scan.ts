/**
 * What the entity rules share: the scan context of an article, the word lists of names, and the
 * ways to make an entity (country, place, organisation) and to record a mention of it — with
 * whether it is its clause's subject, whom the next "he" most likely means.
 */
import { phraseKey, type CountryInfo, type GazEntry } from './gazetteer.js';
import { ROLE_NOUNS } from './lexicon.js';
import type { Sentence } from './paragraphs.js';
import type { Quote } from './quotes.js';
import type { Token } from './tokens.js';
import { orgKey, type Registry, type Entity, type Mention, type MentionHow } from './registry.js';
import { countBelow, lastQuoteClosingIn } from './spans.js';

export const NAME_CONNECTORS = new Set([
  'de',
  'van',
  'von',
  'bin',
  'al',
  'da',
  'di',
  'du',
  'la',
  'le',
  'del',
  'der',
  'ibn',
  'abu',
  'dos',
  'das',
  'el',
  'ter',
  'ten',
]);
/** Two capitalised words joined by an ampersand: one name ("U.S. Embassy & Consulate in Iraq", "Johnson & Johnson"). */
export function ampersandJoined(text: string, a: Token, b: Token): boolean {
  return b.cap && text.slice(a.end, b.start) === ' & ';
}

export const OF_CONNECTORS = new Set(['of', 'for', 'and', 'on', 'in']);

export interface ScanContext {
  text: string;
  registry: Registry;
  inQuote: (offset: number) => boolean;
  quotes: readonly Quote[];
  /** Sentence-level compromise verdicts, computed only when needed. */
  compromisePeople: Map<number, string[]>;
  /** Spans that name no one (wire datelines: "SEOUL, South Korea (AP) —"). */
  skip: ReadonlyArray<{ start: number; end: number }>;
  paragraphStarts: number[];
  /** Work that needs every mention of the sentence (appositive titles). */
  pending: Array<() => void>;
}

export function titleCase(words: string): string {
  return words
    .split(/\s+/)
    .map((w, i) =>
      i > 0 && /^(?:of|for|and|the|on|in|at)$/i.test(w)
        ? w.toLowerCase()
        : /^[\p{Lu}\d]+$/u.test(w) && w.length <= 4
          ? w
          : w.charAt(0).toUpperCase() + w.slice(1).toLowerCase(),
    )
    .join(' ');
}

export function isCountryLike(e: GazEntry | undefined): boolean {
  return !!e && (e.kind === 'country' || e.kind === 'demonym' || e.kind === 'capital' || e.kind === 'people' || e.kind === 'metonym');
}

export function countryEntity(ctx: ScanContext, info: CountryInfo, at: number): Entity {
  return ctx.registry.keyed(info.id, () =>
    ctx.registry.create('COUNTRY', info.name, at, { id: info.id, country: info, knownAliases: info.official ? [info.official] : [] }),
  );
}

export function placeEntity(ctx: ScanContext, name: string, kind: string | undefined, at: number, extra: Partial<Entity> = {}): Entity {
  return ctx.registry.keyed(`place:${phraseKey(name)}`, () => ctx.registry.create('PLACE', name, at, { kind, ...extra }));
}

export function orgEntity(ctx: ScanContext, name: string, kind: string | undefined, at: number, extra: Partial<Entity> = {}): Entity {
  const clean = name.replace(/^the\s+/i, '');
  return ctx.registry.keyed(orgKey(clean), () => ctx.registry.create('ORGANIZATION', clean, at, { kind, ...extra }));
}

/** Where the clause that contains offset `at` starts: the sentence, or just after a quotation closing in it. */
export function clauseStart(ctx: ScanContext, s: Sentence, at: number): number {
  let start = s.start;
  for (const d of ctx.skip) if (d.start <= start && start < d.end) start = d.end;
  const closed = lastQuoteClosingIn(ctx.quotes, s.start, at);
  return closed ? Math.max(start, closed.close + 1) : start;
}

export function addMention(
  ctx: ScanContext,
  s: Sentence,
  entity: Entity,
  start: number,
  end: number,
  how: MentionHow,
  possessive: boolean,
  phraseStart: number,
): Mention {
  const inQuote = ctx.inQuote(start);
  const m: Mention = { start, end, entity, how, inQuote, subject: false, possessive, phraseStart };
  if (!possessive && how !== 'demonym') {
    // The subject: nothing but a title phrase (or "But", "In a statement,") before the name.
    const from = clauseStart(ctx, s, start);
    const before = ctx.text.slice(from, phraseStart);
    // A place is never the subject that speaks ("Speaking in Berlin, Scholz said").
    m.subject =
      !inQuote &&
      entity.type !== 'PLACE' &&
      /^[\s,“"‘'(—–-]*(?:(?:But|And|However|Meanwhile|Instead|Still|Yet|Now)\s*,?\s*)?(?:[^,;:“”"]{1,90},\s*)?(?:the |a |an )?(?:(?!(?:that|which|who|and|but|or|adding|saying|said|says|as|while|after|before)\b)[\p{Ll}-]+ ){0,3}$/iu.test(
        before,
      );
  }
  ctx.registry.addMention(m);
  return m;
}

/** "J.K." or the "A." of "Margaret A. Kowalczyk": a name's initials. */
export function isInitial(text: string, t: Token): boolean {
  return /^(?:\p{Lu}\.){2,3}$/u.test(t.text) || (/^\p{Lu}$/u.test(t.text) && text[t.end] === '.');
}

/** The country a passage is about: the latest country that was a subject, in this paragraph or the one before. */
export function countryOfPassage(ctx: ScanContext, at: number): CountryInfo | undefined {
  const paragraphStart = ctx.paragraphStarts[countBelow(ctx.paragraphStarts, (p) => p, at + 1) - 2] ?? 0;
  return ctx.registry.lastMentionBefore(at, (m) => m.subject && m.entity.type === 'COUNTRY', paragraphStart)?.entity.country;
}

/** Whether a token is the head noun of a title ("Minister", "spokeswoman", "leader"). */
export function isRoleHead(t: Token): boolean {
  return ROLE_NOUNS.has(t.key) || t.key === 'counterpart';
}
