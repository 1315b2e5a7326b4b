/**
 * Who a noun phrase in an attribution is: "Mr Lavrov", "Japan's foreign minister Taro Kono",
 * "he", "the minister", "a spokesman for the Kremlin", "Mr Kono, after listening to Mr
 * Lavrov's remarks," — and where the speech verbs of attributions are.
 */
import { groupFromPhrase, resolvePhrase } from './phrases.js';
import type { Entity } from './registry.js';
import type { Doc } from './document.js';
import { REPORTING_VERBS, SPEECH_VERBS } from './lexicon.js';

export interface Resolved {
  entity: Entity;
  how: 'name' | 'pronoun' | 'role';
  start: number;
  end: number;
}

const VERB_FORMS = [...new Set([...SPEECH_VERBS, ...REPORTING_VERBS])].sort((a, b) => b.length - a.length).map((v) => v.replace(/ /g, '\\s+'));
/** Any speech verb, as whole lower-case words ("said", "shot back"). */
export const SPEECH_VERB = new RegExp(`(?<![\\p{L}'’-])(?:${VERB_FORMS.join('|')})(?![\\p{L}'’-])`, 'gu');
/** Auxiliaries and adverbs between a subject and its verb: "has also", "later", "flatly". */
const TRAILING_AUX =
  /(?:\s+(?:has|have|had|also|later|then|again|earlier|previously|once|further|simply|only|repeatedly|separately|would|will|reportedly|did|does|is|was|were|are|had|not|never|already|\p{Ll}+ly))+\s*$/u;
const FIRST_PERSON = /^(?:i|we|you|us|me|one)$/i;
/** A noun phrase at the start of a window: determiner, names, possessives, title words. */
const LEADING_NP =
  /^(?:(?:the|a|an|its|their)\s+)?(?:(?:[\p{Lu}][\p{L}\p{N}'’.&-]*|[\p{Ll}-]+['’]s?|(?:chief|general|deputy|senior|executive|press|health|foreign|finance|economy|defence|defense|interior|union|company|party|group|club|council|board)|(?:spokes(?:man|woman|person)|secretary|president|director|minister|chairman|chairwoman|chair|leader|officer|executive|manager|head|chief))\s+){1,8}/u;
const TAIL_SUBJECT =
  /^(?:(?:he|she|they)$|(?:the|a|an|his|her|its|their)\s|(?!(?:In|At|On|After|Before|During|With|Speaking|Asked|Writing|According|For|From|By|As|While|When|Though|Although|Despite|Following|Referring)\b)\p{Lu})/u;

/**
 * The speaker named by the phrase at [start, end): the words after the last comma first ("…, he"),
 * then the whole phrase (an appositive: "Mr Kono, after listening to …,").
 */
export function resolveSpeaker(doc: Doc, start: number, end: number, options: { header?: boolean; create?: boolean } = {}): Resolved | undefined {
  let e = end;
  const phrase = doc.text.slice(start, end);
  const aux = TRAILING_AUX.exec(phrase);
  if (aux) e = start + aux.index;
  let s = start;
  while (s < e && /[\s,;:—–(-]/.test(doc.text[s]!)) s++;
  // "what he called …", "as Smith put it": the subject after the relative word.
  const relative = /^(?:what|which|as|whom|who)\s+/i.exec(doc.text.slice(s, e));
  if (relative) s += relative[0].length;
  while (e > s && /[\s,;:—–)-]/.test(doc.text[e - 1]!)) e--;
  if (e <= s) return undefined;
  const words = doc.text.slice(s, e).split(/\s+/);
  if (words.length === 1 && FIRST_PERSON.test(words[0]!)) return undefined;
  const lastComma = doc.text.lastIndexOf(',', e - 1);
  // A long window ("Speaking to The Independent through an interpreter during …, Mr Kono"): its last clause only.
  if (words.length > 14) {
    if (lastComma <= s) return undefined;
    return resolveSpeaker(doc, lastComma + 1, e, options);
  }
  // "Referring to US officials, he": the noun phrase after the comma — unless that is an
  // adjunct or appositive ("…, at a meeting with President Trump,", "Smith, 45,").
  if (lastComma > s && TAIL_SUBJECT.test(doc.text.slice(lastComma + 1, e).trim())) {
    const tail = resolvePhrase(doc.registry, doc.attention, doc.text, lastComma + 1, e, options.header);
    // "Jenna Price, a spokeswoman for the club,", "Jo Lee, an analyst at Acme Bank,": an
    // appositive describes the person before it.
    const indefinite = /^(?:a|an)\s/i.test(doc.text.slice(lastComma + 1, e).trim());
    const appositive =
      (tail?.how === 'role' || indefinite) && doc.registry.mentionsIn(s, lastComma).some((m) => m.entity.type === 'PERSON' && !m.possessive && !m.inQuote);
    if (tail && !appositive) return { ...tail, start: lastComma + 1, end: e };
  }
  const whole = resolvePhrase(doc.registry, doc.attention, doc.text, s, e, options.header);
  if (whole) return { ...whole, start: s, end: e };
  // The noun phrase the window opens with ("Hoshikawa Motor spokesman Ken Ito, who …", "the union's general secretary …").
  const lead = LEADING_NP.exec(doc.text.slice(s, e));
  if (lead && lead[0].trim().length < e - s) {
    const np = resolvePhrase(doc.registry, doc.attention, doc.text, s, s + lead[0].trimEnd().length, options.header);
    if (np) return { ...np, start: s, end: s + lead[0].trimEnd().length };
  }
  if (options.create) {
    // A speaking body no rule named: "Small island states", "The employer, Maas Container Terminals,".
    const parts =
      lastComma > s
        ? [
            [lastComma + 1, e],
            [s, e],
          ]
        : [[s, e]];
    for (const segment of doc.text.slice(s, e).split(',').length === 3
      ? [[doc.text.indexOf(',', s) + 1, doc.text.lastIndexOf(',', e - 1)] as const, ...parts]
      : parts) {
      const group = groupFromPhrase(doc.registry, doc.text, segment[0]!, segment[1]!);
      if (group) {
        doc.registry.addMention({
          start: segment[0]!,
          end: segment[1]!,
          entity: group,
          how: 'phrase',
          inQuote: false,
          subject: true,
          possessive: false,
          phraseStart: segment[0]!,
        });
        return { entity: group, how: 'name', start: s, end: e };
      }
    }
  }
  return undefined;
}

const CLAUSE_BOUNDARIES = [
  /.*(?<!\b(?:\p{Lu}|Mr|Mrs|Ms|Dr|St|Gen|Sen|Rep|Gov|Lt|Col|No|Jr|Sr))[.!?;]\s/su,
  /.*\bthat\s/s,
  /.*,\s(?:and|but|while|as|so)\s/s,
  /.*\s?[—–]\s/s,
];

/** Where the subject of a verb can start in `head`: after the last sentence end, "that", ", and", a dash. */
export function lastClauseBoundary(head: string, extra: RegExp[] = []): number {
  return Math.max(
    0,
    ...[...CLAUSE_BOUNDARIES, ...extra].map((re) => {
      const m = re.exec(head);
      return m ? m[0].length : 0;
    }),
  );
}

/** The speech verbs in [from, to), in order. */
export function speechVerbs(text: string, from: number, to: number): Array<{ start: number; end: number; verb: string }> {
  const slice = text.slice(from, to);
  return [...slice.matchAll(SPEECH_VERB)].map((m) => ({ start: from + m.index, end: from + m.index + m[0].length, verb: m[0].replace(/\s+/g, ' ') }));
}
