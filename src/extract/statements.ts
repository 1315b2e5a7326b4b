/**
 * All statements of an article, found in reading order so that pronouns and continuations see
 * what came before: per sentence (whose titled subject, "The governor, who …", comes into
 * focus first), its transcript line or quotes (attributed, then the speech
 * they relay and the quotes nested in them), then the reported speech of its narrative. Then
 * the article-wide passes: interpreted scenes and dropping duplicates.
 */
import { attributeQuote, INTERPRETER } from './attribution.js';
import type { Doc, Found } from './document.js';
import { groupEntity, type Entity } from './registry.js';
import { ROLE_NOUNS } from './lexicon.js';
import { nestedQuotesIn } from './nested.js';
import { resolvePhrase } from './phrases.js';
import { relaysIn, reportedIn } from './reported.js';
import { resolveSpeaker } from './speakers.js';
import { countBelow, findLast, inParagraph, quotesOpeningIn } from './spans.js';
import type { TranscriptLine } from './transcript.js';

export interface Unattributed {
  start: number;
  end: number;
  reason: string;
}

/** Quotes this short without an explicit attribution are scare quotes or names, not statements. */
const SCARE_QUOTE_WORDS = 4;
/** An amount or a quantified phrase: "100 percent", "all options", "every option". */
const QUANTITY = /^(?:\p{N}|(?:all|every|any|some|both|most|several)\s)/iu;
const EXPLICIT = /^(?:after the quote|before the quote|between|headline|transcript|introduced)/;

function transcriptSpeaker(doc: Doc, line: TranscriptLine): Entity {
  const r = resolveSpeaker(doc, line.labelStart, line.labelEnd);
  if (r) return r.entity;
  const label = doc.text.slice(line.labelStart, line.labelEnd);
  // The same label on a later line is the same person ("HAYASHI Mariko, Kyodo News:" asks twice).
  const known = doc.registry.personByWord(label, line.labelStart) ?? doc.registry.entities.find((e) => e.type === 'PERSON' && e.name === label);
  if (known) return known;
  return /^the\s/i.test(label) || (label.split(/\s+/).length === 1 && /^\p{Lu}+$/u.test(label))
    ? groupEntity(doc.registry, label, line.labelStart)
    : doc.registry.create('PERSON', label, line.labelStart, { tokens: label.split(/\s+/), forms: new Set([label]) });
}

/** A sentence that opens with a definite title as its subject: "The governor, who took office in March, was asked …". */
const TITLED_SUBJECT = /^[Tt]he\s+(?:[\p{Ll}-]+\s+){0,2}?([\p{Ll}]+)(?=,|\s+(?:who|was|is|has|had|did|would|will|told|then|also|\p{Ll}+ed)\b)/u;

/**
 * "The governor … was asked how long rates would stay low. “As long as they need to,” he said.":
 * a sentence about someone by their title puts them in focus, though they say nothing in it yet.
 */
function focusOnTitledSubject(doc: Doc, start: number, end: number): void {
  const m = TITLED_SUBJECT.exec(doc.text.slice(start, end));
  if (!m || !ROLE_NOUNS.has(m[1]!)) return;
  const r = resolvePhrase(doc.registry, doc.attention, doc.text, start, start + m[0].length);
  if (r?.entity.type === 'PERSON' && r.how === 'role') doc.attention.addFocus(start, r.entity);
}

export function findStatements(doc: Doc): { found: Found[]; unattributed: Unattributed[] } {
  const found: Found[] = [];
  const unattributed: Unattributed[] = [];
  const state = { found };
  const add = (f: Found) => {
    // Places are never speakers: what only a place could be said to say is left for review.
    if (f.speaker.type === 'PLACE') {
      unattributed.push({ start: f.start, end: f.end, reason: `a place (${f.speaker.name}) is never a speaker` });
      return;
    }
    found.push(f);
    if (!f.relayedBy) doc.attention.addFocus(f.start, f.speaker);
  };
  const withInner = (outer: Found) => {
    for (const r of relaysIn(doc, outer)) found.push({ ...r, interpreted: false });
    for (const n of nestedQuotesIn(doc, outer)) found.push({ ...n, interpreted: false });
  };
  /** The statement of each transcript line, by paragraph (one per line). */
  const lines = new Map<number, Found>();
  for (const s of doc.sentences) {
    if (!doc.header.has(s.paragraph)) focusOnTitledSubject(doc, s.start, s.end);
    const line = inParagraph(doc.transcript, s.paragraph)[0];
    if (line && !lines.has(line.paragraph)) {
      const speaker = transcriptSpeaker(doc, line);
      const previous = findLast(found, (f) => !f.relayedBy && f.cue === 'transcript line');
      const f: Found = {
        kind: 'DIRECT_QUOTE',
        start: line.start,
        end: line.end,
        speaker,
        confidence: 1,
        cue: 'transcript line',
        interpreted: false,
        paragraph: line.paragraph,
        responds: previous !== undefined && previous.speaker !== speaker,
        respondsToSpeaker: previous && previous.speaker !== speaker ? previous.speaker : undefined,
      };
      lines.set(line.paragraph, f);
      add(f);
      withInner(f);
    }
    for (const q of quotesOpeningIn(doc.quotes, s.start, s.end)) {
      const quoted = doc.text.slice(q.start, q.end);
      const words = quoted.split(/\s+/).length;
      const attributed = attributeQuote(doc, q, state);
      const a = attributed?.speaker.type === 'PLACE' ? undefined : attributed;
      const explicit = a && EXPLICIT.test(a.cue);
      // A few words that are not a sentence of their own, with nobody said to say them: a scare quote.
      // "could reach “100 percent.”", "said “all options” remained": an amount or a quantified
      // phrase inside the reporter's own clause is never a statement, however explicit the
      // attribution ("“glacial”", "“an act of war”" are: words someone chose).
      const embedded = words <= SCARE_QUOTE_WORDS && !q.wholeParagraph && /[\p{L}\p{N}]\s+$/u.test(doc.text.slice(s.start, q.open));
      if (embedded && QUANTITY.test(quoted)) continue;
      const fragment = words <= SCARE_QUOTE_WORDS && !q.wholeParagraph && !(/^[\p{Lu}\p{N}]/u.test(quoted) && /[.!?]$/.test(quoted));
      // Inside a transcript line a quote needs its own attribution: it is the speaker's words otherwise.
      if (!a || (!explicit && (fragment || line))) {
        if (words > SCARE_QUOTE_WORDS && !line) unattributed.push({ start: q.start, end: q.end, reason: 'quotation with no speaker found' });
        continue;
      }
      const quote: Found = {
        kind: 'DIRECT_QUOTE',
        start: q.start,
        end: q.end,
        speaker: a.speaker,
        confidence: a.confidence,
        cue: a.cue,
        interpreted: a.interpreted,
        paragraph: q.paragraph,
        quote: q,
        relayedBy: line && lines.get(q.paragraph)?.speaker !== a.speaker ? lines.get(q.paragraph) : undefined,
      };
      found.push(quote);
      if (!quote.relayedBy) doc.attention.addFocus(a.at, a.speaker);
      withInner(quote);
    }
    const narrative = doc.text.slice(s.start, s.end);
    const interpreted = INTERPRETER.test(narrative.replace(/“[^”]*”|"[^"]*"/g, ''));
    for (const r of reportedIn(doc, s)) add({ ...r, interpreted });
  }
  markInterpreted(doc, found);
  return { found: dedupe(found).sort((a, b) => a.start - b.start || a.end - b.end), unattributed };
}

/**
 * "speaking through an interpreter" holds for all the speaker's statements in the same scene —
 * the run of consecutive paragraphs that carry statements, around the one with the cue — and
 * for their lines of an interview transcript.
 */
function markInterpreted(doc: Doc, found: Found[]): void {
  const own = found.filter((f) => !f.relayedBy);
  const withStatements = new Set(own.map((f) => f.paragraph));
  // The scene around each paragraph with statements: the first paragraph of its run (not
  // reaching back into the header) and the last.
  const ordered = [...withStatements].sort((a, b) => a - b);
  const first = new Map<number, number>();
  const last = new Map<number, number>();
  for (const p of ordered) first.set(p, withStatements.has(p - 1) && !doc.header.has(p - 1) ? first.get(p - 1)! : p);
  for (const p of ordered.reverse()) last.set(p, withStatements.has(p + 1) ? last.get(p + 1)! : p);
  // Each speaker's interpreted scenes, as sorted, merged paragraph ranges.
  const scenes = new Map<Entity, Array<[number, number]>>();
  for (const cue of own) {
    if (!cue.interpreted) continue;
    const list = scenes.get(cue.speaker) ?? [];
    list.push([first.get(cue.paragraph)!, last.get(cue.paragraph)!]);
    scenes.set(cue.speaker, list);
  }
  for (const [speaker, list] of scenes) {
    list.sort((a, b) => a[0] - b[0]);
    const merged: Array<[number, number]> = [];
    for (const r of list) {
      const top = merged.at(-1);
      if (top && r[0] <= top[1]) top[1] = Math.max(top[1], r[1]);
      else merged.push([r[0], r[1]]);
    }
    scenes.set(speaker, merged);
  }
  for (const f of own) {
    const ranges = scenes.get(f.speaker);
    if (!ranges) continue;
    const range = ranges[countBelow(ranges, (r) => r[0], f.paragraph + 1) - 1];
    if (f.cue === 'transcript line' || (range && f.paragraph <= range[1])) f.interpreted = true;
  }
}

function dedupe(found: Found[]): Found[] {
  const seen = new Set<string>();
  return found.filter((f) => {
    const key = `${f.start}-${f.end}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
