/**
 * Quotes inside quotes. "Last year the European Union told us, ‘The money is coming, be
 * patient.’" — the inner words are the European Union's own DIRECT_QUOTE, relayed by the outer
 * quote, when a speech verb with a named actor introduces them ("told us,", "talks of", "say").
 * An inner quote that only mentions a word ("what ‘unless’ means") or voices the speaker's own
 * words ("What I will say is: ‘…’") is not a statement.
 */
import type { Doc, Found } from './document.js';
import { quotedSpan } from './quotes.js';
import { resolveSpeaker } from './speakers.js';

const INTRODUCER =
  /(?:^|[\s,;:])((?:[^\s,;:“”"‘’']+\s+){0,6}?)(said|says|say|told (?:us|me|them|him|her|reporters|journalists)|tell (?:us|me)|talks? of|talked of|speaks? of|spoke of|called (?:it|this|that|them)|calls (?:it|this|that|them)|warned|promised|vowed|insisted|asked|replied|wrote|declared|announced)\s*[,:]?\s*$/i;
const FIRST_PERSON = /^(?:i|we|you|they|he|she|it|us|one)$/i;

function innerMarks(text: string, from: number, to: number, outerSingle: boolean): Array<{ open: number; close: number }> {
  const marks: Array<{ open: number; close: number }> = [];
  const openers = outerSingle ? '“"' : "‘'";
  const closers = outerSingle ? '”"' : "’'";
  let open = -1;
  for (let i = from; i < to; i++) {
    const c = text[i]!;
    const prev = text[i - 1];
    const next = text[i + 1];
    if (open < 0) {
      if (
        openers.includes(c) &&
        (prev === undefined || /[\s([—–:,]/.test(prev)) &&
        next !== undefined &&
        /\S/.test(next) &&
        (c !== "'" || /[\p{L}\p{N}]/u.test(next))
      )
        open = i;
    } else if (closers.includes(c) && prev !== undefined && /\S/.test(prev) && !/[\p{L}\p{N}]/u.test(next ?? ' ')) {
      marks.push({ open, close: i });
      open = -1;
    }
  }
  return marks;
}

/** The DIRECT_QUOTEs nested inside a direct quote (or transcript line), relayed by it. */
export function nestedQuotesIn(doc: Doc, outer: Found): Array<Omit<Found, 'interpreted'>> {
  const text = doc.text;
  const out: Array<Omit<Found, 'interpreted'>> = [];
  for (const m of innerMarks(text, outer.start, outer.end + 1, outer.quote?.single ?? false)) {
    const span = quotedSpan(text, m.open + 1, m.close);
    if (!span) continue;
    // The introducer: the words just before the inner quote, within the outer one.
    let sentenceStart = outer.start;
    for (const end of text.slice(outer.start, m.open).matchAll(/(?<![\p{Lu}.]|\b(?:Mr|Mrs|Ms|Dr|St))[.!?]["”’]?\s+/gu))
      sentenceStart = outer.start + end.index + end[0].length;
    const before = text.slice(sentenceStart, m.open);
    const intro = INTRODUCER.exec(before);
    if (!intro) continue;
    const subjectText = intro[1]!
      .trim()
      .replace(/^(?:when|if|as|and|but|then|last year|this year|in \w+),?\s+/i, '')
      .replace(/^(?:last|this|next) (?:year|week|month),?\s+/i, '');
    if (!subjectText || FIRST_PERSON.test(subjectText)) continue;
    const subjectStart = sentenceStart + intro.index + before.slice(intro.index).indexOf(subjectText);
    const r = resolveSpeaker(doc, subjectStart, subjectStart + subjectText.length);
    if (!r || r.how === 'pronoun' || r.entity === outer.speaker) continue;
    out.push({
      kind: 'DIRECT_QUOTE',
      start: span.start,
      end: span.end,
      speaker: r.entity,
      confidence: 0.8,
      cue: `quoted inside a quote: "${before.slice(intro.index).trim()}"`,
      paragraph: outer.paragraph,
      relayedBy: outer,
    });
  }
  return out;
}
