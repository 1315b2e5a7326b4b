/**
 * Reported speech outside quotation marks, and inside them: who reports what, and of what kind
 * (where each reported clause starts and ends is clauses.ts).
 *
 * INDIRECT — what someone said, in the reporter's words:
 *   "X said (that) …", "X told reporters (that) …", "X responded that …", "In a statement, X
 *   said …", "X warned that …", "…, saying …", "X, who has said …,", "according to X, …" and
 *   "…, according to X", "…, X said (on Tuesday)." The span is the reported clause, without
 *   "that" and the final full stop, and without the reporter's own tails: ", which …", ", as
 *   …", ", despite …", ", after …", "in a combative interview …" (a relative clause the reported
 *   clause goes on after, ", which it calls …, as …", stays). "said that A and that B" is two
 *   statements; so is "said A, but warned B"; "said A and urged B to …" is A and a PARAPHRASE.
 *   A bare clause ("said officers went …", "said in a statement it had …") needs a subject and
 *   a verb at its head. "…, officials said Tuesday" names the speaker after the clause, but "…, said Tokyo had …"
 *   is no inverted attribution, and "…, X told reporters that …" opens the next clause.
 * PARAPHRASE — a speech act characterised: "X criticised Y for …", "Russia has criticised …",
 *   "X attacked Y for …" (verbs like "attacked" only with a reason: for / over / of / as),
 *   "X dismissed the offer as …". The span is the clause from the speaker's name (without a
 *   leading "But" or "In a statement,"), to the end of the sentence or the next speech verb.
 * Relays — reported speech inside a direct quote ("… Shinzo Abe … said that he supports …"):
 *   an INDIRECT statement by the named actor, relayed by the quote. "I told him that …" is the
 *   quote's own speaker at another time; "we have said many times that …" their country.
 */
import { groupFromPhrase } from './phrases.js';
import type { Doc, Found } from './document.js';
import { CLAUSE_SUBJECT, clauseAfter, clauseEnd, EARLY_FINITE_VERB, EVENT_ADJUNCT, trimClause } from './clauses.js';
import { CONTINUING_ACT_VERBS, PARAPHRASE_NEEDS_REASON, PARAPHRASE_VERBS, PARTICIPLE_VERBS, REPORTING_VERB_SET, THAT_ONLY_VERBS } from './lexicon.js';
import type { Sentence } from './paragraphs.js';
import { lastClauseBoundary, resolveSpeaker, speechVerbs, type Resolved } from './speakers.js';
import { inParagraph, lastQuoteClosingIn, quoteAround, quoteHolds, quotedWordsHold } from './spans.js';

/** A subject with a relative clause or an appositive between it and its verb: "X, who …, said", "X, a Frenchman who …, said". */
const PARENTHETICAL_SUBJECT =
  /^(\s*[^,“”"]{2,80}?),\s+(?:who|whom|whose|which|a|an|the|its|his|her|their)\s[^“”"]{1,160}?,\s*(?:(?:has|have|had|also|later|then|again|earlier|previously|once|repeatedly|separately|would|will|reportedly|\p{Ll}+ly)\s+)*$/u;
const ACCORDING_BEFORE = /^according to ([^,]{2,80}),\s+/i;
const ACCORDING_AFTER = /,\s+according to ([^,.]{2,80}?)(?:,\s+(?:which|who)\b.*)?[.!?]?$/i;
const POSTPOSED =
  /,\s+((?:[^,“”"]{1,60}?)\s+(?:said|says|added|told [^,.]{1,40}|warned|insisted|argued|claimed|noted|stressed|explained|announced|confirmed|wrote|tweeted|posted|declared|maintained|predicted|conceded|admitted|acknowledged|replied|responded)|(?:said|says|added|wrote)\s+[^,“”"]{1,60}?)(?:\s+(?:on|in|at|after|during|outside|late|earlier|later|last|this|yesterday|today|tonight|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b[^,.“”"]{0,60})?(?=[,.!?]|$)/;
/** After an inverted "…, said X": the end of the sentence, or one appositive to it ("said Ana Ruiz, a union leader."). */
const INVERTED_TAIL = /^(?:[.!?]?\s*$|,\s+(?:who|a|an|the|his|her|its|their)\b[^,]*[.!?]?\s*$)/;
const RESPONSE_VERBS = /^(?:responded|replied|answered|countered|retorted|hit back|shot back)$/;
const LEADING_CONNECTIVE =
  /^(?:(?:But|And|However|Meanwhile|Still|Yet|Instead|Separately)\s*,?\s+|In a (?:statement|letter|post|tweet|speech|interview)[^,]{0,60},\s+)/;

interface Region {
  start: number;
  end: number;
  inQuote: boolean;
}

function insideQuote(doc: Doc, offset: number): boolean {
  return quoteAround(doc.quotes, offset) !== undefined;
}

const CONTINUING_ACT = new RegExp(
  `^[\\s,]*(?:and|but)\\s+(?:also\\s+|then\\s+|later\\s+)?(${CONTINUING_ACT_VERBS.map((v) => v.replace(/ /g, '\\s+')).join('|')})\\s`,
);

/** "… and urged Brussels not to follow it": the PARAPHRASE of a second act after a reported clause ending at `after`. */
function continuingAct(doc: Doc, after: number, regionEnd: number) {
  const m = CONTINUING_ACT.exec(doc.text.slice(after, regionEnd));
  if (!m) return undefined;
  const start = after + m[0].indexOf(m[1]!, m[0].search(/(?:and|but)\s/) + 3);
  const span = trimClause(doc.text, start, clauseEnd(doc.text, start + m[1]!.length, regionEnd));
  return span && { kind: 'PARAPHRASE' as const, ...span, confidence: 0.85, responds: false, verb: m[1]!.replace(/\s+/g, ' ') };
}

function subjectWindowStart(doc: Doc, regionStart: number, verbStart: number): number {
  return regionStart + lastClauseBoundary(doc.text.slice(regionStart, verbStart), [/.*[“”"]\s*/s]);
}

/** The subject of a sentence's first speech verb: whom "…, but warned that …" goes back to. */
function sentenceSubject(doc: Doc, regionStart: number, before: number): Resolved | undefined {
  const first = speechVerbs(doc.text, regionStart, before)[0];
  const subject = doc.registry.mentionsIn(regionStart, first ? first.start : before).find((m) => m.subject && !m.inQuote);
  if (subject) return { entity: subject.entity, how: 'name', start: subject.start, end: subject.end };
  return first ? resolveSpeaker(doc, regionStart, first.start) : undefined;
}

type Partial = Omit<Found, 'interpreted'> & { resolved: Resolved };

/** "who has said …", "which said in a statement that …": the speaker is the name before the comma. */
function relativeSubject(doc: Doc, regionStart: number, verbStart: number): Resolved | undefined {
  const head = doc.text.slice(regionStart, verbStart);
  const rel = /,\s+(?:who|which)\s+(?:has\s+|had\s+|have\s+|also\s+|later\s+)*$/.exec(head);
  if (!rel) return undefined;
  const antecedent = [...doc.registry.mentionsIn(regionStart, regionStart + rel.index)].reverse()[0];
  if (!antecedent || antecedent.end < regionStart + rel.index - 2) return undefined;
  return { entity: antecedent.entity, how: 'name', start: antecedent.start, end: antecedent.end };
}

/** The INDIRECT statements with a reporting verb in a region (a sentence's narrative, or a quote). */
function reportedClauses(doc: Doc, region: Region, paragraph: number, outer?: Found): Partial[] {
  const out: Partial[] = [];
  let from = region.start;
  for (const v of speechVerbs(doc.text, region.start, region.end)) {
    if (v.start < from) continue;
    if (!REPORTING_VERB_SET.has(v.verb)) continue;
    if (!region.inQuote && insideQuote(doc, v.start)) continue;
    // A passive ("was told that") reports someone else's words.
    if (/\b(?:was|were|been|being|is|are|be)\s+$/.test(doc.text.slice(Math.max(region.start, v.start - 10), v.start))) continue;
    const found = clauseAfter(doc, v.verb, v.end, region.end);
    if (!found) continue;
    const clause = { ...found };
    // "Abe says he told Trump … that …": the statement is what he told, reported by the next verb.
    if (/^(?:he|she|they|we)\s+(?:had\s+|has\s+|have\s+)?(?:told|said)\b/.test(doc.text.slice(clause.start, clause.end))) continue;
    if (!region.inQuote && quotedWordsHold(doc.quotes, clause.start, clause.end)) continue;
    let subjectStart = subjectWindowStart(doc, Math.max(region.start, from), v.start);
    let resolved: Resolved | undefined;
    const window = doc.text.slice(subjectStart, v.start);
    if (PARTICIPLE_VERBS.has(v.verb)) {
      // "…, saying …", "…,” Vermeer said, adding that …": the subject of the clause it hangs from.
      if (!/,\s*$/.test(doc.text.slice(region.start, v.start))) continue;
      const closed = lastQuoteClosingIn(doc.quotes, region.start, v.start);
      const clauseFrom = closed ? closed.close + 1 : region.start;
      const subject = doc.registry.mentionsIn(clauseFrom, v.start).find((m) => m.subject || (closed && !m.inQuote && !m.possessive));
      if (subject) resolved = { entity: subject.entity, how: 'name', start: subject.start, end: subject.end };
      else {
        const firstComma = doc.text.indexOf(',', clauseFrom);
        resolved = resolveSpeaker(doc, clauseFrom, firstComma > clauseFrom && firstComma < v.start ? firstComma : v.start);
      }
      subjectStart = clauseFrom;
    } else if (/,\s+(?:who|which)\s+(?:has\s+|had\s+|have\s+|also\s+|later\s+)*$/.test(doc.text.slice(region.start, v.start))) {
      resolved = relativeSubject(doc, region.start, v.start);
    } else if (region.inQuote && outer && /^\s*I\s*$/.test(window) && /(?:ed|told|said|wrote|warned)$/.test(v.verb)) {
      // "I replied that …" inside a quote: the speaker, at another time.
      resolved = { entity: outer.speaker, how: 'name', start: subjectStart, end: v.start };
    } else if (region.inQuote && outer && /^\s*We\s+(?:have\s+)?(?:\w+\s+)?$/i.test(window) && outer.speaker.titles.some((t) => t.of)) {
      // "We have said many times that …": the country or body the speaker speaks for.
      const of = outer.speaker.titles.find((t) => t.of)!.of!;
      resolved = { entity: of, how: 'name', start: subjectStart, end: v.start };
    } else if (region.inQuote && /^\s*they\s*$/i.test(window.split(',').at(-1)!)) {
      // "they said …" in a quote: the body named in this or the previous paragraph.
      const previous = doc.paragraphs[paragraph - 1];
      const org = previous && doc.registry.lastMentionBefore(v.start, (m) => m.entity.type === 'ORGANIZATION', previous.start);
      if (org) resolved = { entity: org.entity, how: 'role', start: subjectStart, end: v.start };
    } else {
      resolved = resolveSpeaker(doc, subjectStart, v.start, { create: !region.inQuote, header: doc.header.has(paragraph) });
      // "Viktor Orbán, who has fought relocation since 2015, said …": the noun phrase before the parenthesis.
      const parenthesis = resolved || region.inQuote ? null : PARENTHETICAL_SUBJECT.exec(window);
      if (parenthesis)
        resolved = resolveSpeaker(doc, subjectStart, subjectStart + parenthesis[1]!.length, { create: false, header: doc.header.has(paragraph) });
      // "…, but warned that …": the sentence's subject again.
      if (!resolved && !region.inQuote && /^[\s,]*(?:and|but|then|yet)?[\s,]*(?:also|later|then)?\s*$/i.test(window))
        resolved = sentenceSubject(doc, region.start, v.start);
    }
    if (!resolved) continue;
    if (region.inQuote && resolved.how === 'pronoun') continue;
    // "X, who has said the tariffs are needed …, is due to …": the relative clause ends at its comma.
    if (/,\s+(?:who|which)\s+(?:has\s+|had\s+|have\s+|also\s+|later\s+)*$/.test(doc.text.slice(region.start, v.start))) {
      const comma = doc.text.indexOf(',', clause.start);
      if (comma > clause.start && comma < clause.end) {
        const cut = trimClause(doc.text, clause.start, comma);
        if (cut) clause.end = cut.end;
      }
    }
    const mentions = doc.registry.mentionsIn(subjectStart, v.start);
    const possessor = mentions.find((m) => m.possessive && m.entity.type === 'PERSON' && m.entity !== resolved!.entity)?.entity;
    const push = (span: { start: number; end: number }) =>
      out.push({
        kind: 'INDIRECT',
        start: span.start,
        end: span.end,
        speaker: resolved!.entity,
        confidence: region.inQuote ? 0.9 : resolved!.how === 'name' ? 1 : resolved!.how === 'pronoun' ? 0.95 : 0.85,
        cue: `${region.inQuote ? 'reported inside a quote' : 'reported speech'}: "${doc.text.slice(subjectStart, v.end).trim()} …"`,
        paragraph,
        responds: RESPONSE_VERBS.test(v.verb),
        respondsToSpeaker: possessor,
        resolved: resolved!,
      });
    push(clause);
    from = clause.end;
    const act = region.inQuote ? undefined : continuingAct(doc, clause.end, region.end);
    if (act) {
      const { verb, ...paraphrase } = act;
      out.push({
        ...paraphrase,
        speaker: resolved.entity,
        paragraph,
        resolved,
        cue: `a second speech act: "${doc.text.slice(subjectStart, v.end).trim()} … ${verb} …"`,
      });
      from = act.end;
    }
    // "that A and that B": the second clause too.
    const more = /^[\s,]*(?:and|but)\s+that\s/.exec(doc.text.slice(clause.end, region.end));
    if (more) {
      const at = clause.end + more[0].length;
      const second = trimClause(doc.text, at, clauseEnd(doc.text, at, region.end));
      if (second) {
        push(second);
        from = second.end;
      }
    }
  }
  return out;
}

const PARAPHRASE = new RegExp(
  `(?<![\\p{L}])(?:(?:has|have|had)\\s+)?(?:also\\s+|again\\s+|repeatedly\\s+|previously\\s+|earlier\\s+|sharply\\s+|strongly\\s+|publicly\\s+|openly\\s+|(?:on|last)\\s+\\p{Lu}\\p{Ll}+\\s+)?(${[
    ...PARAPHRASE_VERBS,
    'warned',
    'warns',
  ]
    .sort((a, b) => b.length - a.length)
    .map((v) => v.replace(/ /g, '\\s+'))
    .join('|')})(?![\\p{L}])`,
  'gu',
);

/** "X criticised Y for …": a PARAPHRASE spanning the clause from the speaker's name. */
function paraphraseIn(doc: Doc, s: Sentence, regionStart: number): Omit<Found, 'interpreted'> | undefined {
  const text = doc.text;
  const slice = text.slice(regionStart, s.end);
  for (const m of slice.matchAll(PARAPHRASE)) {
    const vStart = regionStart + m.index;
    const vEnd = vStart + m[0].length;
    if (insideQuote(doc, vStart)) continue;
    const verb = m[1]!.replace(/\s+/g, ' ');
    const rest = text.slice(vEnd, s.end);
    if (/^warn/.test(verb) && !/^\s[^.;]{1,60}?\s(?:of|about|against)\s/.test(rest)) continue;
    if (PARAPHRASE_NEEDS_REASON.has(verb) && !/^\s[^.;]{1,80}?\s(?:for|over|of|as)\s/.test(rest)) continue;
    if (/^\s*(?:that|to)\b/.test(rest) && !/^(?:urged|called on|urges|calls on)$/.test(verb)) continue;
    if (/\b(?:was|were|been|being|is|are|be)\s+$/.test(text.slice(Math.max(regionStart, vStart - 10), vStart))) continue;
    const head = text.slice(regionStart, vStart);
    if (head.split(/\s+/).filter(Boolean).length > 14 || /[“”"]/.test(head)) continue;
    const resolved = resolveSpeaker(doc, regionStart, vStart, { create: true, header: doc.header.has(s.paragraph) });
    if (!resolved) continue;
    // The speaker opens the clause ("Russia has criticised", "Foreign minister Sergei Lavrov attacked").
    const subjectMention = doc.registry.mentionsIn(regionStart, vStart).find((x) => x.entity === resolved.entity);
    if (resolved.how === 'name' && !subjectMention?.subject) continue;
    let end = s.end;
    // The clause stops before a second speech verb ("denounced … and warned that …").
    const next = /,?\s(?:and|but)\s(?:also\s|later\s|then\s)?(?:said|warned|added|insisted|told|vowed|promised|threatened|claimed)\b/.exec(
      text.slice(vEnd, end),
    );
    if (next) end = vEnd + next.index;
    const adjunct = EVENT_ADJUNCT.exec(text.slice(vEnd, end));
    if (adjunct) end = vEnd + adjunct.index;
    const tail = /,\s(?:as|which|who|despite|after|even as|while|amid|(?:a|one|two|three|several)\s(?:days?|weeks?|hours?|months?)\s(?:after|before))\s/.exec(
      text.slice(vEnd, end),
    );
    if (tail) end = vEnd + tail.index;
    let start = regionStart;
    const lead = LEADING_CONNECTIVE.exec(text.slice(start, vStart));
    if (lead) start += lead[0].length;
    const span = trimClause(text, start, end);
    if (!span) continue;
    return {
      kind: 'PARAPHRASE',
      start: span.start,
      end: span.end,
      speaker: resolved.entity,
      confidence: resolved.how === 'name' ? 0.9 : 0.8,
      cue: `characterised speech: "${text.slice(regionStart, vEnd).trim()}"`,
      paragraph: s.paragraph,
    };
  }
  return undefined;
}

/** The narrative start of a sentence: after a wire dateline. */
function narrativeStart(doc: Doc, s: Sentence): number {
  let start = s.start;
  for (const d of doc.datelines) if (d.start <= start && start < d.end) start = d.end;
  return start;
}

function resolveOrCreate(doc: Doc, start: number, end: number): Resolved | undefined {
  const r = resolveSpeaker(doc, start, end, { create: true });
  if (r) return r;
  const e = groupFromPhrase(doc.registry, doc.text, start, end);
  return e ? { entity: e, how: 'name', start, end } : undefined;
}

/** Reported speech in one sentence's narrative (outside its quotes). */
export function reportedIn(doc: Doc, s: Sentence): Array<Omit<Found, 'interpreted'>> {
  // Headlines report nothing in words of their own; a standfirst does.
  if (s.paragraph === 0 || inParagraph(doc.transcript, s.paragraph).length > 0) return [];
  const text = doc.text;
  const start = narrativeStart(doc, s);
  const found: Array<Omit<Found, 'interpreted'>> = [];
  const sentenceText = text.slice(start, s.end);
  const header = doc.header.has(s.paragraph);

  // "According to X, …" and "…, according to X."
  const before = ACCORDING_BEFORE.exec(sentenceText);
  const after = before ? undefined : ACCORDING_AFTER.exec(sentenceText);
  if (before || after) {
    const nameText = (before ?? after)![1]!;
    const nameStart = before ? start + before.index + 'according to '.length : start + after!.index + after![0].indexOf(nameText);
    const r = resolveOrCreate(doc, nameStart, nameStart + nameText.length);
    const clause = before
      ? trimClause(text, start + before[0].length, clauseEnd(text, start + before[0].length, s.end))
      : trimClause(text, start, start + after!.index);
    if (r && clause && !quoteHolds(doc.quotes, clause.start, clause.end)) {
      found.push({
        kind: 'INDIRECT',
        start: clause.start,
        end: clause.end,
        speaker: r.entity,
        confidence: r.how === 'name' ? 0.9 : 0.8,
        cue: `"according to ${nameText}"`,
        paragraph: s.paragraph,
      });
    }
  }
  // "…, Mr Kono said." / "…, the European Commission said on Tuesday, in retaliation …"
  if (!before && !after) {
    const post = POSTPOSED.exec(sentenceText);
    if (post && !insideQuote(doc, start + post.index)) {
      const attrStart = start + post.index + post[0].indexOf(post[1]!);
      const v = speechVerbs(text, attrStart, s.end)[0];
      const postEnd = start + post.index + post[0].length;
      // "…, said Tokyo had not expected it" or "…, said German carmakers, which …, would …": not an inverted attribution.
      const inverted = v && !text.slice(attrStart, v.start).trim();
      const notInverted = inverted && (EARLY_FINITE_VERB.test(text.slice(v.end, postEnd).trim()) || !INVERTED_TAIL.test(text.slice(postEnd, s.end)));
      // "…, a spokeswoman told reporters in Moscow that …": the attribution opens the next clause.
      const opensClause = v && /\sthat\s/.test(text.slice(v.end, postEnd));
      const r =
        v && !notInverted && !opensClause
          ? inverted
            ? resolveSpeaker(doc, v.end, postEnd, { header })
            : resolveSpeaker(doc, attrStart, v.start, { header, create: true })
          : undefined;
      const clause = trimClause(text, start, start + post.index);
      const clauseText = clause ? text.slice(clause.start, clause.end) : '';
      const onlyQuote = /^[“"][^”"]*[”"]$/.test(clauseText);
      if (
        r &&
        clause &&
        !onlyQuote &&
        CLAUSE_SUBJECT.test(clauseText) &&
        // A clause with its own reporting verb is someone else's speech — unless the verb only reports a finding or an agreement ("the court found that …").
        !speechVerbs(text, clause.start, clause.end).some((x) => REPORTING_VERB_SET.has(x.verb) && !THAT_ONLY_VERBS.has(x.verb) && !insideQuote(doc, x.start))
      ) {
        found.push({
          kind: 'INDIRECT',
          start: clause.start,
          end: clause.end,
          speaker: r.entity,
          confidence: r.how === 'name' ? 0.95 : 0.85,
          cue: `attribution after the clause: "${post[1]!.trim()}"`,
          paragraph: s.paragraph,
        });
        return found;
      }
    }
  }
  const clauses = reportedClauses(doc, { start, end: s.end, inQuote: false }, s.paragraph);
  for (const { resolved: _r, ...f } of clauses) {
    if (!found.some((x) => x.start < f.end && f.start < x.end)) found.push(header ? { ...f, confidence: Math.min(f.confidence, 0.9) } : f);
  }
  const p = paraphraseIn(doc, s, start);
  if (p && !found.some((x) => x.start < p.end && p.start < x.end && x.kind !== 'DIRECT_QUOTE')) found.push(p);
  return found;
}

/** Reported speech inside a direct quote (or a transcript line): the statements it relays. */
export function relaysIn(doc: Doc, quote: Found): Array<Omit<Found, 'interpreted'>> {
  return reportedClauses(doc, { start: quote.start, end: quote.end, inQuote: true }, quote.paragraph, quote)
    .filter((f) => (f.speaker !== quote.speaker || /^reported inside a quote: "I /.test(f.cue)) && f.resolved.how !== 'pronoun')
    .map(({ resolved: _r, ...f }) => ({ ...f, relayedBy: quote }));
}
