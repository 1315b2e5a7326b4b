/**
 * The speaker of each direct quote, from the language of attribution:
 *
 * - after the quote: "…,” Mr Lavrov said / said Mr Lavrov / he added / the minister told reporters;
 *   and a bare attribution sentence right after a quote that ends its sentence ("….” He said.");
 * - before it: "he said: “…”", "Smith told the BBC: “…”", "according to X, “…”", and a quote
 *   inside reported speech ("Kono said Japan would “never accept” it");
 * - split quotes: "“A,” he said, “B.”" — the attribution between the parts serves both;
 * - headlines and standfirsts: "Russia 'deeply concerned' over …" — the actor named before the quote;
 * - transcripts: "Kono: “…”";
 * - pronouns ("he added") and titles ("the minister said") through `entities.ts`: the latest
 *   compatible subject or speaker;
 * - continuation: a paragraph that opens with a quote and has no attribution continues the
 *   previous paragraph's speaker (with certainty when the previous quote ran on unclosed);
 * - "speaking through an interpreter" marks the quote interpreted.
 */
import type { Doc, Found } from './document.js';
import { sentenceAt } from './document.js';
import { findLast, inParagraph, lastQuoteClosingIn } from './spans.js';
import type { Quote } from './quotes.js';
import { lastClauseBoundary, resolveSpeaker, speechVerbs, type Resolved } from './speakers.js';

export interface QuoteAttribution {
  speaker: Resolved['entity'];
  confidence: number;
  cue: string;
  interpreted: boolean;
  /** Offset of the attribution's subject (for pronoun focus). */
  at: number;
}

/** "speaking through an interpreter", "via a translator". */
export const INTERPRETER =
  /\b(?:through|via|using|with the help of)\s+(?:an?|his|her|their)\s+(?:interpreter|translator)\b|\binterpreted by\b|\bthrough interpretation\b/i;
const CONNECTIVE_AFTER_NAME =
  /[,.;:!?()]|\s(?:in|at|on|during|after|while|when|adding|speaking|according|who|as|before|to|from|of|via|through|last|this|earlier|later|yesterday|today)\b/;
/** The end of a sentence or another quotation: no attribution reaches across it ("U.S." and "Mr." do not count). */
const STOP = /[!?;“”"«»]|(?<!\b(?:\p{Lu}|Mr|Mrs|Ms|Dr|St|Gen|Sen|Rep|Gov|Lt|Col|No|Jr|Sr))\.(?=\s|$)/u;

function confidenceOf(how: Resolved['how'], base: number): number {
  return how === 'name' ? base : how === 'pronoun' ? Math.min(base, 0.95) : Math.min(base, 0.85);
}

/** "…,” Mr Lavrov said" / "…,” said Mr Lavrov": the attribution right after a quote. */
export function attributionAfter(doc: Doc, from: number, to: number, unnamed?: { found: boolean }): QuoteAttribution | undefined {
  const raw = doc.text.slice(from, to);
  const lead = /^[\s,;:—–-]*/.exec(raw)![0].length;
  if (lead >= raw.length) return undefined;
  const verbs = speechVerbs(doc.text, from + lead, Math.min(to, from + lead + 140));
  const v = verbs[0];
  if (!v) return undefined;
  const before = doc.text.slice(from + lead, v.start);
  const beforeWords = before.split(/\s+/).filter(Boolean);
  if (STOP.test(before) || beforeWords.length > 10 || /\b(?:that|which|who|whom|whose|where|when|because|if)\b/i.test(before)) return undefined;
  const rest = doc.text.slice(v.end, to);
  const stop = CONNECTIVE_AFTER_NAME.exec(rest);
  // "said Mr Lavrov": the name after the verb, up to punctuation or a connective.
  const afterVerb = () => resolveSpeaker(doc, v.end, v.end + (stop ? stop.index : rest.length), { create: true });
  const beforeVerb = () => resolveSpeaker(doc, from + lead, v.start, { create: true });
  let resolved: Resolved | undefined;
  if (before.trim() === '') resolved = afterVerb();
  // "… on Northern Territories, says Taro Kono": the name after the verb first.
  else if (/,\s*$/.test(before)) resolved = afterVerb() ?? beforeVerb();
  else resolved = beforeVerb();
  if (!resolved) {
    // "…,” said one diplomat": an attribution, but to nobody the article names.
    const np = before.trim() === '' ? rest.slice(0, stop ? stop.index : rest.length) : before;
    if (
      unnamed &&
      /^[\s,]*(?:one|a|an|another|two|three|several|some)\s/i.test(np) &&
      !/\s(?:for|of|at|from)\s/.test(np) &&
      np.split(/\s+/).filter(Boolean).length <= 5
    )
      unnamed.found = true;
    return undefined;
  }
  const tail = doc.text.slice(v.end, to);
  return {
    speaker: resolved.entity,
    confidence: confidenceOf(resolved.how, 1),
    cue: `after the quote: "${doc.text.slice(from + lead, v.end).trim()}"`,
    interpreted: INTERPRETER.test(tail),
    at: resolved.start,
  };
}

/** "He said: “…”", "Smith told the BBC: “…”", "according to X, “…”", "X said the plan was “a disaster”". */
export function attributionBefore(doc: Doc, from: number, to: number, header: boolean, sentenceStart = from): QuoteAttribution | undefined {
  const raw = doc.text.slice(from, to);
  if (raw.trim() === '') return undefined;
  const according = /according to ([^,“”"]{2,80}),\s*$/i.exec(raw);
  if (according) {
    const r = resolveSpeaker(doc, from + according.index + 'according to '.length, from + according.index + according[0].lastIndexOf(','), { create: true });
    if (r)
      return {
        speaker: r.entity,
        confidence: confidenceOf(r.how, 0.95),
        cue: `before the quote: "${according[0].trim()}"`,
        interpreted: INTERPRETER.test(raw),
        at: r.start,
      };
  }
  const verbs = speechVerbs(doc.text, from, to);
  for (let k = verbs.length - 1; k >= 0; k--) {
    const v = verbs[k]!;
    const between = doc.text.slice(v.end, to);
    if (STOP.test(between) || between.length > 160) continue;
    // The subject: from the last clause boundary before the verb.
    const boundary = lastClauseBoundary(doc.text.slice(from, v.start));
    let r: Resolved | undefined;
    // "…, calling it “a balanced compromise”": the subject of the clause the participle hangs from.
    if (/ing$/.test(v.verb) && /,\s*$/.test(doc.text.slice(from, v.start))) r = sentenceSubject(doc, sentenceStart, v.start, header, true);
    r ??= resolveSpeaker(doc, from + boundary, v.start, { header, create: true });
    // A long clause between the subject and its verb: the subject of the sentence.
    if (!r && !/[.!?;]\s/.test(doc.text.slice(sentenceStart, v.start))) {
      const subject = sentenceSubject(doc, sentenceStart, v.start, header);
      if (subject) r = { ...subject, how: subject.how === 'name' ? 'role' : subject.how };
    }
    // "…, but warned that Russia would not “beg”": a second verb of the sentence's subject.
    if (!r && /^[\s,]*(?:and|but|then|also|later|yet|or)?[\s,]*(?:also|later|then)?\s*$/i.test(doc.text.slice(from + boundary, v.start))) {
      r = sentenceSubject(doc, sentenceStart, v.start, header);
    }
    if (r) {
      return {
        speaker: r.entity,
        confidence: confidenceOf(r.how, /[:,]\s*$/.test(raw) ? 1 : 0.9),
        cue: `before the quote: "${doc.text.slice(from + boundary, v.end).trim()}"`,
        interpreted: INTERPRETER.test(raw),
        at: r.start,
      };
    }
    // "Brennan posted on X that the case showed “…”": a verb whose subject names nobody, inside
    // the that-clause of an earlier speech verb — the earlier verb's subject speaks.
    if (k > 0 && /\bthat\s$/.test(doc.text.slice(from, from + boundary))) continue;
    break;
  }
  // "Kono: “…”" and headlines ("Russia 'deeply concerned' over …"): the actor named just before.
  const bare = /^(.{1,60}?)\s*:?\s*$/s.exec(raw);
  // A transcript label is a name ("Mr Lavrov:"), not a clause ("Then she turned to him:").
  const label = (words: string) => !/(?:^|\s)(?!(?:de|van|von|der|al|bin|da|di|du|la|le)\s)\p{Ll}/u.test(words);
  if (bare && (header || (/:\s*$/.test(raw) && label(bare[1]!))) && bare[1]!.split(/\s+/).length <= 6) {
    const r = resolveSpeaker(doc, from, from + bare[1]!.length, { header });
    if (r)
      return {
        speaker: r.entity,
        confidence: header ? 0.8 : 0.9,
        cue: header ? `headline: "${bare[1]}"` : `transcript: "${bare[1]}:"`,
        interpreted: false,
        at: r.start,
      };
  }
  return undefined;
}

/** The subject of a sentence's first speech verb: who "and warned that …" goes back to. */
function sentenceSubject(doc: Doc, sentenceStart: number, before: number, header: boolean, anyVerb = false): Resolved | undefined {
  let start = sentenceStart;
  for (const d of doc.datelines) if (d.start <= start && start < d.end) start = d.end;
  // After a closed quotation, the clause starts after it ("“…,” Vermeer said, adding …").
  const closed = anyVerb ? lastQuoteClosingIn(doc.quotes, start, before) : undefined;
  if (closed) start = closed.close + 1;
  const inClause = doc.registry.mentionsIn(start, before);
  // Not an organisation inside a person's title ("European Commission President Ursula von der Leyen").
  const subject = inClause.find((m) => m.subject && !m.inQuote && !inClause.some((p) => p !== m && p.phraseStart <= m.start && m.start < p.start));
  if (subject) return { entity: subject.entity, how: 'name', start: subject.start, end: subject.end };
  const first = speechVerbs(doc.text, start, before)[0];
  if (!first || (anyVerb && first.start >= before - 1)) return undefined;
  return resolveSpeaker(doc, start, first.start, { header, create: true });
}

/**
 * "Then she turned to the defendant:" — a sentence that leads into a quotation with a colon but
 * no speech verb: its subject speaks (a pronoun or a named subject at its start).
 */
function leadInSubject(doc: Doc, start: number, end: number): QuoteAttribution | undefined {
  const sentence = doc.text.slice(start, end);
  const adverb = /^(?:(?:then|later|finally|next|now|and|but|afterwards|at one point),?\s+)?/i.exec(sentence)![0].length;
  const pronoun = /^(?:he|she|they)(?=\s+\p{Ll})/iu.exec(sentence.slice(adverb));
  let r: Resolved | undefined;
  if (pronoun) r = resolveSpeaker(doc, start + adverb, start + adverb + pronoun[0].length);
  else {
    const m = doc.registry.mentionsIn(start, end)[0];
    if (m?.subject && !m.inQuote && m.entity.type !== 'PLACE' && doc.text.slice(start + adverb, m.phraseStart).trim() === '')
      r = { entity: m.entity, how: 'name', start: m.start, end: m.end };
  }
  if (!r) return undefined;
  return {
    speaker: r.entity,
    confidence: confidenceOf(r.how, 0.9),
    cue: `lead-in: "${sentence.trim()}"`,
    interpreted: INTERPRETER.test(sentence),
    at: r.start,
  };
}

/** A sentence that is nothing but an attribution: "He said.", "Mr Smith added.", "Lavrov asked." */
function bareAttributionSentence(doc: Doc, start: number, end: number): QuoteAttribution | undefined {
  const text = doc.text.slice(start, end);
  if (/[“”"]/.test(text) || text.split(/\s+/).length > 14) return undefined;
  const verbs = speechVerbs(doc.text, start, end);
  const v = verbs[0];
  if (!v || doc.text.slice(v.end, end).split(/\s+/).filter(Boolean).length > 8) return undefined;
  return attributionAfter(doc, start, end);
}

export interface AttributionState {
  /** Statements found so far, in text order. */
  found: Found[];
}

/** The attribution of one quote, or undefined when nothing in or around it names a speaker. */
export function attributeQuote(doc: Doc, q: Quote, state: AttributionState): QuoteAttribution | undefined {
  const s = sentenceAt(doc, q.open);
  const p = doc.paragraphs[q.paragraph]!;
  const sameParagraph = inParagraph(doc.quotes, q.paragraph);
  const index = sameParagraph.indexOf(q);
  const prevQ = sameParagraph[index - 1];
  const nextQ = sameParagraph[index + 1];
  const sStart = s?.start ?? p.start;
  const sEnd = s?.end ?? p.end;
  const header = doc.header.has(q.paragraph);

  const postFrom = q.closed ? q.close + 1 : q.close;
  const postTo = Math.min(nextQ ? nextQ.open : p.end, Math.max(sEnd, postFrom));
  const line = inParagraph(doc.transcript, q.paragraph)[0];
  const preFrom = Math.max(sStart, line ? line.start : sStart, prevQ && prevQ.close >= sStart ? prevQ.close + 1 : sStart);

  const unnamed = { found: false };
  let a = q.closed ? attributionAfter(doc, postFrom, postTo, unnamed) : undefined;
  if (!a && unnamed.found) return undefined;
  // "“Reckless” was how the plan was described by the union", "… – the words of Smith": a passive attribution.
  const passive = q.closed
    ? /^[\s,]*(?:[^.;“”"]{0,60}?\b(?:was|were|is|are|has been|had been)\s+)?(?:described|called|branded|labelled|labeled|dismissed|hailed|denounced|criticised|criticized|said|uttered|used|written|posted|tweeted)(?:\s+as\s+[^.;“”"]{1,40}?)?\s+by\s+([^,.;“”"]{2,80})/i.exec(
        doc.text.slice(postFrom, postTo),
      )
    : null;
  if (!a && passive) {
    const nameStart = postFrom + passive[0].length - passive[1]!.length;
    const r = resolveSpeaker(doc, nameStart, nameStart + passive[1]!.length, { create: true });
    if (r) a = { speaker: r.entity, confidence: confidenceOf(r.how, 0.9), cue: `after the quote: "… by ${passive[1]}"`, interpreted: false, at: r.start };
  }
  // "…,” according to the ministry.
  const according = q.closed ? /^[\s,]*according to ([^,.;“”"]{2,80})/i.exec(doc.text.slice(postFrom, postTo)) : null;
  if (!a && according) {
    const nameStart = postFrom + according[0].length - according[1]!.length;
    const r = resolveSpeaker(doc, nameStart, nameStart + according[1]!.length, { create: true });
    if (r)
      a = { speaker: r.entity, confidence: confidenceOf(r.how, 0.95), cue: `after the quote: "according to ${according[1]}"`, interpreted: false, at: r.start };
  }
  a ??= attributionBefore(doc, preFrom, q.open, header, sStart);
  // Headlines and standfirsts compress: their attributions are less sure (0.8, as in the seed).
  if (a && header) a = { ...a, confidence: Math.min(a.confidence, 0.8), cue: a.cue.startsWith('headline') ? a.cue : `headline: ${a.cue}` };
  if (!a && q.closed && /^[\s.!?]*$/.test(doc.text.slice(postFrom, postTo))) {
    const next = inParagraph(doc.sentences, q.paragraph).find((x) => x.start >= postTo);
    if (next && !(nextQ && nextQ.open < next.end)) a = bareAttributionSentence(doc, next.start, next.end);
  }
  // "… would be “not justified” under WTO rules and that Washington would “take all appropriate
  // action”": a second quote in the same reported speech, with no new speech verb before it.
  if (!a && prevQ && prevQ.close >= sStart && speechVerbs(doc.text, prevQ.close + 1, q.open).length === 0) {
    // One statement per quote: the latest is the only one.
    const previous = findLast(state.found, (f) => f.quote === prevQ);
    if (previous)
      a = {
        speaker: previous.speaker,
        confidence: Math.min(previous.confidence, 0.9),
        cue: `before the quote: the same reported speech as the previous quote`,
        interpreted: previous.interpreted,
        at: q.open,
      };
  }
  // Split quote: “A,” he said, “B.” — the attribution after B's predecessor in the same sentence.
  if (!a && prevQ && prevQ.close >= sStart) {
    const between = attributionAfter(doc, prevQ.close + 1, q.open);
    if (between) a = { ...between, cue: `between the parts of a split quote: ${between.cue}` };
  }
  if (a) return a;

  const last = findLast(state.found, (f) => f.paragraph <= q.paragraph && !f.relayedBy);
  const firstInParagraph = index === 0 && doc.text.slice(p.start, q.open).trim() === '';
  if (q.continuation && last?.quote && !last.quote.closed) {
    return {
      speaker: last.speaker,
      confidence: 0.95,
      cue: 'continues the quote left open in the previous paragraph',
      interpreted: last.interpreted,
      at: q.open,
    };
  }
  // The previous paragraph ends with "… told reporters:".
  const prevParagraph = doc.paragraphs[q.paragraph - 1];
  if (firstInParagraph && prevParagraph && /:\s*$/.test(prevParagraph.text)) {
    const lastSentence = inParagraph(doc.sentences, prevParagraph.index).at(-1);
    const intro = lastSentence
      ? (attributionBefore(doc, lastSentence.start, prevParagraph.end, false) ?? leadInSubject(doc, lastSentence.start, prevParagraph.end))
      : undefined;
    if (intro) return { ...intro, cue: `introduced at the end of the previous paragraph: ${intro.cue}` };
  }
  if (last && last.paragraph === q.paragraph) {
    return {
      speaker: last.speaker,
      confidence: 0.85,
      cue: `follows a ${last.kind === 'DIRECT_QUOTE' ? 'quote' : 'statement'} by the same speaker in this paragraph`,
      interpreted: last.interpreted,
      at: q.open,
    };
  }
  if (firstInParagraph && prevParagraph && !doc.header.has(prevParagraph.index)) {
    // A paragraph that is a quotation, after one that quoted or introduced someone: theirs —
    // unless the previous paragraph went on to make someone else its subject.
    const newer = doc.registry
      .mentionsIn(last && last.paragraph === prevParagraph.index ? last.end : prevParagraph.start, prevParagraph.end)
      .find((m) => m.subject && !m.inQuote && m.entity.type === 'PERSON' && m.entity !== last?.speaker);
    if (newer) return { speaker: newer.entity, confidence: 0.75, cue: 'quotation after a paragraph about its speaker', interpreted: false, at: q.open };
    // A country's reported stance is not who speaks a quotation: the person who spoke just before does
    // ("Lavrov said … Russia has rejected … “We are open to dialogue.”").
    const person =
      last?.speaker.type === 'COUNTRY' && last.kind !== 'DIRECT_QUOTE'
        ? findLast(state.found, (f) => !f.relayedBy && f.speaker.type === 'PERSON' && f.paragraph >= q.paragraph - 2)
        : undefined;
    if (person)
      return {
        speaker: person.speaker,
        confidence: 0.75,
        cue: "continues the quotes of the person who spoke before the country's statement",
        interpreted: false,
        at: q.open,
      };
    if (last && last.paragraph >= q.paragraph - 1) {
      return {
        speaker: last.speaker,
        confidence: last.kind === 'DIRECT_QUOTE' ? 0.9 : 0.8,
        cue: `continues the previous paragraph's ${last.kind === 'DIRECT_QUOTE' ? 'quote' : 'statement'}`,
        interpreted: false,
        at: q.open,
      };
    }
  }
  // "Smith was blunt. “This is a disaster.”": a quote opening a sentence, after one whose subject speaks.
  const sentenceOpen = !firstInParagraph && /(?:^|[.!?]["”’]?\s+)$/.test(doc.text.slice(p.start, q.open));
  if (sentenceOpen) {
    const subject = [...doc.registry.mentionsIn(p.start, q.open)].reverse().find((m) => m.subject && !m.inQuote && m.entity.type !== 'PLACE');
    if (subject) return { speaker: subject.entity, confidence: 0.75, cue: 'quotation after a sentence about its speaker', interpreted: false, at: q.open };
  }
  if (last && last.paragraph >= q.paragraph - 2 && !doc.header.has(last.paragraph) && !header) {
    return { speaker: last.speaker, confidence: 0.55, cue: 'no attribution: the latest speaker', interpreted: false, at: q.open };
  }
  return undefined;
}
