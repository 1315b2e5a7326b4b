/**
 * Where a reported clause starts and ends: after a reporting verb ("said (that)", "told
 * reporters that", "said in a statement it had …"), up to the reporter's own tails (", which
 * …", ", as …", ", a day after …", "at a press conference …") or the next clause with its own
 * subject or speech act. A bare clause (no "that") needs a subject and a verb at its head.
 */
import type { Doc } from './document.js';
import { CONTINUING_ACT_VERBS, THAT_ONLY_VERBS, wordTags } from './lexicon.js';

const OBJECT_PRONOUN = /^\s+(?:me|us|him|her|them|you)\b/;
const TOLD_OBJECT =
  /^\s+(?:an? (?:[\p{Lu}][\p{L}.]*\s)?[\p{L} -]{0,30}?(?:network|channel|station|newspaper|broadcaster)|me|us|him|her|them|you|(?:the\s)?(?:\p{Ll}+\s)?(?:analysts|investors|shareholders|employees|staff|workers|students|members|voters|viewers|listeners|readers|followers|residents|parents|officials|diplomats|delegates|lawmakers|senators|legislators|councillors|judges|jurors|protesters|crowds?|audiences?)|reporters|journalists|the press|the media|parliament|lawmakers|legislators|mps|MPs|senators|delegates|supporters|the (?:audience|crowd|conference|assembly|summit|meeting|committee|council|house|nation|country|newspaper|broadcaster|agency|station|channel|paper|court|jury|public)|(?:the |a |an )?(?:[\p{Lu}\d][\p{L}\d.-]*\s?){1,5}(?:['’]s(?:\s[\p{Lu}][\p{L}-]*){0,4}(?:\s[\p{Ll}]+)?)?|a (?:news|press) conference|an? [\p{L} -]{0,30}?(?:audience|meeting|conference|briefing|interview|rally|crowd|gathering|summit|forum|session|committee|hearing|event|programme|program|show|newspaper|channel|station|agency|network))(?=[\s,.;:])/u;
/** Words between a verb and its "that": adverbs and prepositional phrases ("said in a statement on Monday that"). */
const THAT_AFTER_ADJUNCT =
  /^(?:\s+(?:(?:in|on|at|during|after|before|to|through|via|over|from|with|by|outside|inside|near|since|following|ahead\s+of|upon|late|early|earlier|later|last|this|next|yesterday|today|tonight|afterwards|again|repeatedly|publicly|privately|separately|also|previously|once|recently|now|then|already|many|several|times|often|twice|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|\p{Ll}+ly)\b[^,.;:“”"]{0,60}?)|,\s+(?:with|in|at|for|after)\s[^,.;:“”"]{1,40},)?\s+that\s/u;
export const CLAUSE_SUBJECT =
  /^(?:(?:the|a|an|his|her|its|their|this|these|those|some|no|all|both|there|it|he|she|they|we|i|you|our|my|your|every|each|such|any|many|most|more|only|none|one|two|three|several|few|nobody|everyone|everybody|somebody|someone)\b|[\p{Lu}\p{N}“"‘])/u;
/** A bare clause's verb within its first words ("fans had learned …"). */
export const EARLY_FINITE_VERB =
  /^(?:(?!that\b|which\b|who\b)\S+\s+){0,4}(?:had|has|have|was|were|is|are|would|will|could|should|can|may|might|must|did|does|do|remained|remains)\b/;
/** Where a reported clause ends: a new sentence, a new clause with its own subject or speech verb, the reporter's tails. */
const CLAUSE_END = new RegExp(
  [
    ';',
    '(?<!\\b(?:\\p{Lu}|Mr|Mrs|Ms|Dr|St|Gen|Sen|Rep|Gov|Lt|Col|No|Jr|Sr))[.!?](?=\\s+[\\p{Lu}“"‘])',
    ',\\s(?:and|but|while|whereas)\\s(?:we|I|you|they|he|she|it|this|there|its|his|her|their)\\b',
    ',?\\s(?:and|but)\\s(?:that\\s|(?:also\\s|later\\s|then\\s)?(?:said|says|warned|added|insisted|argued|stressed|noted|told|called|urged|vowed|promised|claimed|denied|accused|rejected|welcomed|described|dismissed)\\b)',
    `,?\\s(?:and|but)\\s(?:also\\s|then\\s|later\\s)?(?:${CONTINUING_ACT_VERBS.map((v) => v.replace(/ /g, '\\s')).join('|')})\\s`,
    '\\s[—–]\\s',
    ',\\s(?:he|she|they)\\s(?:said|added|says)\\b',
    ',\\s(?:a|one|two|three|four|five|several)\\s(?:day|days|week|weeks|hour|hours|month|months)\\s(?:after|before)\\s',
    ',\\s(?:which|who|whom|whose|where|as|despite|after|even as|even though|although|though|while|before|days before|hours before|prompting|sparking|amid|according to)\\s',
    '(?<=[”"]),\\swhen\\s',
    ',\\s(?!including\\b|according\\b)\\p{Ll}+ing\\s',
    '\\s(?:days|hours|weeks|months|shortly|just|minutes)\\s(?:before|after|ahead of)\\s(?!\\d)',
  ].join('|'),
  'u',
);
/** A relative clause set off by commas and followed by its antecedent's verb: ", which it calls the Southern Kurils, as", ", which sell …, would". */
const INNER_RELATIVE = /^,\s(?:which|who)\s[^,;.“”"]{1,80},\s(?=(?:would|will|could|should|can|may|might|must|is|are|was|were|has|have|had|do|does|did|as)\s)/;
export const EVENT_ADJUNCT =
  /,?\s(?:during|at|in|on)\s(?:a|an|the|his|her|their|its)\s(?:[\p{L}-]+\s){0,2}?(?:press conference|news conference|press briefing|briefing|meeting|speech|interview|statement|visit|summit|talks|phone call|call|session|debate|rally|event|ceremony|address|appearance|hearing|programme|program|show)\b.*$/su;

export function trimClause(text: string, start: number, end: number): { start: number; end: number } | undefined {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s]!)) s++;
  while (e > s && /[\s.,;:!?]/.test(text[e - 1]!)) e--;
  return e - s >= 12 && /\s/.test(text.slice(s, e)) ? { start: s, end: e } : undefined;
}

/** "said officers went door to door", "said fans felt let down": a bare clause opening with a plural noun and a past verb. */
function bareNounAndVerb(head: string): boolean {
  const m = /^(\p{Ll}[\p{L}-]*)\s+(?:(\p{Ll}[\p{L}-]*)\s+)?(\p{Ll}+)\b/u.exec(head);
  if (!m) return false;
  const noun = wordTags(m[1]!);
  if (!(noun.includes('Plural') || (/s$/.test(m[1]!) && noun.length === 0))) return false;
  return [m[2], m[3]].some((w) => w !== undefined && (wordTags(w).some((t) => t === 'PastTense' || t === 'Copula') || /[^e]ed$/.test(w)));
}

/** Where a clause starting at `at` ends, before the reporter's tails. */
export function clauseEnd(text: string, at: number, regionEnd: number): number {
  const tail = text.slice(at, regionEnd);
  let boundary = CLAUSE_END.exec(tail);
  // "German carmakers, which sell millions of cars in China, would be the first target": a
  // relative clause inside the reported clause, whose verb comes after it, is the speaker's too.
  let skipped = 0;
  while (boundary && /^,\s(?:which|who)\s/.test(boundary[0])) {
    const inner = INNER_RELATIVE.exec(tail.slice(skipped + boundary.index));
    if (!inner) break;
    skipped += boundary.index + inner[0].length;
    boundary = CLAUSE_END.exec(tail.slice(skipped));
  }
  let end = boundary ? at + skipped + boundary.index : regionEnd;
  const adjunct = EVENT_ADJUNCT.exec(text.slice(at, end));
  if (adjunct && adjunct.index > 10) end = at + adjunct.index;
  return end;
}

/** A reported clause after the verb ending at `vEnd`: where it starts and ends, or undefined. */
export function clauseAfter(doc: Doc, verb: string, vEnd: number, regionEnd: number): { start: number; end: number } | undefined {
  const text = doc.text;
  let at = vEnd;
  let rest = text.slice(at, regionEnd);
  if (verb === 'told' || verb === 'tells' || verb === 'telling') {
    const obj = TOLD_OBJECT.exec(rest);
    if (!obj) return undefined;
    at += obj[0].length;
    rest = text.slice(at, regionEnd);
  } else {
    const obj = OBJECT_PRONOUN.exec(rest);
    if (obj && THAT_AFTER_ADJUNCT.test(rest.slice(obj[0].length))) {
      at += obj[0].length;
      rest = text.slice(at, regionEnd);
    }
  }
  const that = THAT_AFTER_ADJUNCT.exec(rest);
  if (that) {
    at += that[0].length;
  } else {
    if (THAT_ONLY_VERBS.has(verb)) return undefined;
    if (/^\s*[:“"«]/.test(rest) || /^\s*,/.test(rest)) return undefined;
    // "said on Thursday its profit rose …", "said in a statement it had …": a short adjunct, then the clause.
    const when =
      /^\s*(?:in an? (?:[\p{L}-]+ ){0,3}(?:statement|interview|post|letter)(?: on [\p{Lu}][\p{L}]*)?|(?:late |early )?(?:on )?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?: (?:night|morning|evening|afternoon))?|last (?:week|month|night|year)|this (?:week|month|morning)|yesterday|today|tonight|earlier|later)\b,?/u.exec(
        rest,
      );
    if (when) {
      at += when[0].length;
      rest = text.slice(at, regionEnd);
      if (/^\s*[:“"«]/.test(rest)) return undefined;
    }
    at += /^\s*/.exec(rest)![0].length;
    const head = text.slice(at, Math.min(regionEnd, at + 60));
    if (!CLAUSE_SUBJECT.test(head) && !EARLY_FINITE_VERB.test(head) && !bareNounAndVerb(head)) return undefined;
    // "said it", "said so", "said in the past…" (a preposition): no clause.
    if (/^(?:it|this|that|so|yes|no|nothing|something|little|much)\b[\s.,;]*$/i.test(text.slice(at, regionEnd))) return undefined;
    if (/^(?:in|on|at|during|after|before|to|through|with|by|for|from|of)\b/i.test(head)) return undefined;
  }
  // Only a quotation after the verb: that is a direct quote's attribution, not a clause.
  if (/^[\s“"«][^”"»]*[”"»][\s.,;]*$/.test(text.slice(at, regionEnd)) && /^\s*[“"«]/.test(text.slice(at, at + 3))) return undefined;
  return trimClause(text, at, clauseEnd(text, at, regionEnd));
}
