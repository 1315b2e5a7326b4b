/**
 * All statements of an article, found in reading order so that pronouns and continuations see
 * what came before: per sentence, its transcript line or quotes (attributed, then the speech
 * they relay and the quotes nested in them), then the reported speech of its narrative. Then
 * the article-wide passes: interpreted scenes and dropping duplicates.
 */
import { attributeQuote, INTERPRETER } from './attribution.js';
import type { Doc, Found } from './document.js';
import { groupEntity, type Entity } from './registry.js';
import { nestedQuotesIn } from './nested.js';
import { relaysIn, reportedIn } from './reported.js';
import { resolveSpeaker } from './speakers.js';
import type { TranscriptLine } from './transcript.js';

export interface Unattributed {
  start: number;
  end: number;
  reason: string;
}

/** Quotes this short without an explicit attribution are scare quotes or names, not statements. */
const SCARE_QUOTE_WORDS = 4;
const EXPLICIT = /^(?:after the quote|before the quote|between|headline|transcript|introduced)/;

function transcriptSpeaker(doc: Doc, line: TranscriptLine): Entity {
  const r = resolveSpeaker(doc, line.labelStart, line.labelEnd);
  if (r) return r.entity;
  const label = doc.text.slice(line.labelStart, line.labelEnd);
  const known = doc.registry.personByWord(label, line.labelStart);
  if (known) return known;
  return /^the\s/i.test(label) || label.split(/\s+/).length === 1 && /^\p{Lu}+$/u.test(label)
    ? groupEntity(doc.registry, label, line.labelStart)
    : doc.registry.create('PERSON', label, line.labelStart, { tokens: label.split(/\s+/), forms: new Set([label]) });
}

export function findStatements(doc: Doc): { found: Found[]; unattributed: Unattributed[] } {
  const found: Found[] = [];
  const unattributed: Unattributed[] = [];
  const state = { found };
  const add = (f: Found) => {
    found.push(f);
    if (!f.relayedBy) doc.registry.addFocus(f.start, f.speaker);
  };
  const withInner = (outer: Found) => {
    for (const r of relaysIn(doc, outer)) found.push({ ...r, interpreted: false });
    for (const n of nestedQuotesIn(doc, outer)) found.push({ ...n, interpreted: false });
  };
  const done = new Set<number>();
  for (const s of doc.sentences) {
    const line = doc.transcript.find((t) => t.paragraph === s.paragraph);
    if (line && !done.has(line.paragraph)) {
      done.add(line.paragraph);
      const speaker = transcriptSpeaker(doc, line);
      const previous = [...found].reverse().find((f) => !f.relayedBy && f.cue === 'transcript line');
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
      add(f);
      withInner(f);
    }
    for (const q of doc.quotes.filter((x) => x.open >= s.start && x.open < s.end)) {
      const quoted = doc.text.slice(q.start, q.end);
      const words = quoted.split(/\s+/).length;
      const a = attributeQuote(doc, q, state);
      const explicit = a && EXPLICIT.test(a.cue);
      // A few words that are not a sentence of their own, with nobody said to say them: a scare quote.
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
        relayedBy: line ? found.find((f) => f.cue === 'transcript line' && f.paragraph === q.paragraph && f.speaker !== a.speaker) : undefined,
      };
      found.push(quote);
      if (!quote.relayedBy) doc.registry.addFocus(a.at, a.speaker);
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
  const cues = own.filter((f) => f.interpreted);
  for (const cue of cues) {
    let first = cue.paragraph;
    let last = cue.paragraph;
    while (withStatements.has(first - 1) && !doc.header.has(first - 1)) first--;
    while (withStatements.has(last + 1)) last++;
    for (const f of own) {
      if (f.speaker !== cue.speaker) continue;
      if ((f.paragraph >= first && f.paragraph <= last) || f.cue === 'transcript line') f.interpreted = true;
    }
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
