/**
 * The actor a short noun phrase in an attribution stands for: a name in it, a pronoun, "the
 * minister", "a ministry spokeswoman" (the ministry), "the steel association", "the company",
 * "the statement", an anonymous source ("a Japanese government source", then "the source") —
 * and, when nothing named fits, a speaking body made from the phrase itself ("Small island
 * states", "Maas Container Terminals", "analysts at Nomura").
 */
import { GAZETTEER, phraseKey } from './gazetteer.js';
import { HONORIFICS, NAME_LEAD_WORDS, ORG_WORDS, ROLE_NOUNS, TITLE_GENDER, TITLE_WORDS, firstNameGender, isTitleModifier } from './lexicon.js';
import type { Attention } from './attention.js';
import { groupEntity, kindOfOrg, type Entity, type Registry } from './registry.js';

/** For "the company" / "the union" / "the government": which bodies the noun can mean. */
function businessLike(noun: string): (e: Entity) => boolean {
  if (
    /^(?:union|party|ministry|department|agency|government|administration|authority|authorities|regulator|council|commission|court|military|army)$/.test(noun)
  ) {
    const stem = noun.slice(0, 5).toLowerCase();
    return (e) => e.type === 'COUNTRY' || !e.kind || `${e.kind} ${e.name}`.toLowerCase().includes(stem) || /government|military|political/.test(e.kind);
  }
  return (e) => e.type === 'ORGANIZATION' && !/association|political party|government body|military|news agency/.test(e.kind ?? '');
}

/** Nouns for a person that "the … said" refers back to ("the mother said", "the engineer added"). */
const PERSON_NOUNS =
  /^(?:man|woman|boy|girl|mother|father|parent|son|daughter|wife|husband|brother|sister|grandmother|grandfather|teacher|doctor|nurse|student|resident|worker|farmer|engineer|pensioner|campaigner|veteran|owner|driver|victim|survivor|witness|lawyer|attorney|pilot|soldier|officer|official|scientist|researcher|economist|analyst|expert|activist|protester|shopkeeper|businessman|businesswoman|entrepreneur|investor|founder|coach|player|manager|chef|artist|writer|author|priest|imam|rabbi|mayor|councillor)$/;
/** Nouns that refer back to the organisation or state the passage is about ("the company said"). */
const GENERIC_BODIES =
  /^(?:railroad|railway|automaker|carmaker|retailer|chain|operator|company|firm|group|carrier|airline|operator|bank|lender|insurer|retailer|club|union|party|ministry|department|agency|government|administration|authority|authorities|regulator|council|commission|organisation|organization|charity|university|court|military|army|employer|manufacturer|producer|broadcaster|network|publisher|agency|alliance|bloc|coalition|campaign)$/;
/** Plural nouns for groups that speak as one ("Small island states have described…"). */
const GROUP_NOUNS =
  /^(?:police|investigators|witnesses|rescuers|organisers|organizers|firefighters|paramedics|students|parents|patients|voters|shareholders|states|countries|nations|officials|lawmakers|legislators|diplomats|activists|campaigners|residents|protesters|protestors|unions|groups|leaders|governments|allies|investors|companies|firms|critics|analysts|economists|experts|scientists|doctors|workers|members|ministers|negotiators|delegates|opponents|supporters|fans|farmers|miners|dockworkers|teachers|nurses|employers|airlines|banks|regulators|prosecutors|authorities|parties|observers|monitors|agencies)$/;

/** "a senior Japanese government official", "one EU diplomat": a source the article does not name (group 2 is its noun). */
const ANONYMOUS_SOURCE = /^(?:a|an|one|another)\s+((?:[\p{L}-]+\s+){1,4}?(source|official|diplomat))$/iu;

/** The same, inside a sentence: where an anonymous source is introduced. */
const ANONYMOUS_INTRO =
  /(?<![\p{L}-])(?:a|an|one|another)\s+((?:(?!(?:a|an|one|the|of|from|for|at|with|to|by|in|on|and|or|who|that|said)\s)[\p{L}-]+\s+){1,4}?(source|official|diplomat))(?![\p{L}-])/giu;

/** Numbers and quantifiers that make a plural phrase a count of people, never an organisation's name. */
const QUANTIFIED = /^(?:two|three|four|five|six|seven|eight|nine|ten|dozens?|hundreds|thousands|both|several|some|many|few|most|all|other|\d+)$/i;

export interface PhraseResolution {
  entity: Entity;
  how: 'name' | 'pronoun' | 'role';
}

/**
 * The actor a short noun phrase stands for at its position: a name in it, a pronoun, "the
 * minister", "a ministry spokeswoman" (the ministry), "the steel association", "the statement".
 */
export function resolvePhrase(
  registry: Registry,
  attention: Attention,
  text: string,
  start: number,
  end: number,
  header = false,
): PhraseResolution | undefined {
  const phrase = text.slice(start, end).trim();
  // "the government of Prime Minister X": the state, not X.
  const governmentOf = /^(?:the\s+)?(?:government|administration|cabinet|coalition)\s+of\b/i.exec(phrase);
  if (governmentOf) {
    const country = registry.mentionsIn(start, end).find((m) => m.entity.type === 'COUNTRY')?.entity ?? attention.it(start, (e) => e.type === 'COUNTRY');
    if (country) return { entity: country, how: 'role' };
  }
  const inside = registry.mentionsIn(start, end).filter((m) => !m.possessive || m.how === 'institution');
  const person = inside.find((m) => m.entity.type === 'PERSON');
  if (person) return { entity: person.entity, how: 'name' };
  const lower = phrase.toLowerCase().replace(/^[,\s]+|[,\s]+$/g, '');
  if (/^(?:he|she)$/.test(lower)) {
    const e = attention.pronoun(start, lower === 'he' ? 'm' : 'f');
    return e ? { entity: e, how: 'pronoun' } : undefined;
  }
  if (lower === 'it') {
    const e = attention.it(start, () => true, true);
    return e ? { entity: e, how: 'pronoun' } : undefined;
  }
  if (lower === 'they') {
    // A body that was just speaking or is the subject: "they" is too often people.
    const last = attention.lastSpeaker(start);
    const e = last && last.type !== 'PERSON' ? last : attention.it(start, (x) => x.type === 'ORGANIZATION');
    return e ? { entity: e, how: 'pronoun' } : undefined;
  }
  // "the 62-year-old said": the person the passage is about.
  if (/^the\s+\d+-year-old$/.test(lower)) {
    const e = attention.pronoun(start, 'x');
    return e ? { entity: e, how: 'role' } : undefined;
  }
  // "a spokesperson for Norfolk Southern", "a spokeswoman for the health board": the body.
  const forBody =
    /^(?:(a|an|one|another|the)\s+)?(?:[\p{L}-]+\s+){0,2}?(spokes(?:man|woman|person)|representative|official|officials|lawyer|lawyers|attorney|attorneys|source|sources|aide|aides)\s+(?:for|of|at|with|from|representing)\s+(.{2,80})$/iu.exec(
      phrase,
    );
  // A definite "the spokeswoman for X" may be someone named before: that person first.
  const definiteNamed = forBody && /^the$/i.test(forBody[1] ?? '') ? registry.byRole(start, forBody[2]!.toLowerCase()) : undefined;
  if (definiteNamed) return { entity: definiteNamed, how: 'role' };
  if (forBody) {
    forBody[1] = forBody[3]!;
    const bodyStart = start + phrase.length - forBody[1]!.length + (text.slice(start, end).length - text.slice(start, end).trimStart().length);
    const named = registry.mentionsIn(bodyStart, end).find((m) => m.entity.type !== 'PLACE' && m.entity.type !== 'PERSON');
    if (named) return { entity: named.entity, how: 'role' };
    const bodyWords = forBody[1]!
      .toLowerCase()
      .replace(/^the\s+/, '')
      .split(/\s+/);
    const known = registry.orgByWords(bodyWords, start, true);
    if (known) return { entity: known, how: 'role' };
    const made = groupFromPhrase(registry, text, bodyStart, end);
    if (made) return { entity: made, how: 'role' };
  }
  // "a Japanese government source", "one senior EU diplomat": an anonymous source is its own
  // speaker, named by the phrase — not the country or body it serves ("the source said" is it again).
  // (", who spoke on condition of anonymity," after it describes the source, not who it is).
  const anonymous = ANONYMOUS_SOURCE.exec(phrase.split(',')[0]!.trim());
  if (anonymous && inside.every((m) => m.entity.type !== 'PERSON')) {
    const at = start + text.slice(start, end).indexOf(anonymous[1]!);
    const source = groupEntity(registry, anonymous[1]!, at);
    attention.rememberUnnamed(anonymous[2]!.toLowerCase(), start, source);
    return { entity: source, how: 'role' };
  }
  // "the source said": the anonymous source introduced just before, unless a person was named since.
  const sourceAgain = /^the\s+(source|official|diplomat)$/.exec(lower);
  if (sourceAgain) {
    const noun = sourceAgain[1]!;
    const remembered = attention.unnamed(noun, start);
    if (remembered && remembered.type !== 'PERSON') return { entity: remembered, how: 'role' };
    const from = Math.max(0, text.lastIndexOf('\n\n', Math.max(0, text.lastIndexOf('\n\n', start) - 1)));
    const intro = [...text.slice(from, start).matchAll(ANONYMOUS_INTRO)].filter((m) => m[2]!.toLowerCase() === noun).at(-1);
    const introAt = intro ? from + intro.index + intro[0].length - intro[1]!.length : -1;
    if (intro && !registry.lastMentionBefore(start, (m) => m.entity.type === 'PERSON' && !m.inQuote, introAt)) {
      const source = groupEntity(registry, intro[1]!, introAt);
      attention.rememberUnnamed(noun, introAt, source);
      return { entity: source, how: 'role' };
    }
  }
  const words = lower
    .replace(/^(?:the|a|an|one|another)\s+/, '')
    .split(/\s+/)
    .filter((w) => !/^(?:unnamed|anonymous|senior|top|former|then)$/.test(w));
  const headWord = (words.at(-1) ?? '').replace(/['’]s$/, '');
  // "the statement", "the report": whoever just spoke; "the Board’s progress report": the Board.
  if (
    /^(?:statement|report|letter|document|communique|communiqué|message|post|tweet|release|announcement|study|review|survey|audit|analysis|ruling|verdict|assessment)$/.test(
      headWord,
    )
  ) {
    const owner = registry.mentionsIn(start, end).find((m) => m.possessive && m.entity.type !== 'PLACE');
    if (owner) return { entity: owner.entity, how: 'name' };
    const e = words.length <= 3 ? attention.lastSpeaker(start) : undefined;
    if (e) return { entity: e, how: 'role' };
  }
  if (ROLE_NOUNS.has(headWord) || PERSON_NOUNS.test(headWord)) {
    const all = registry.mentionsIn(start, end);
    const country = all.find((m) => m.entity.type === 'COUNTRY')?.entity;
    // "the union's general secretary", "a Kremlin spokesman": the body in the phrase, possessive or not.
    const body = all.find((m) => m.entity.type === 'ORGANIZATION')?.entity;
    // "an unnamed Foreign Ministry spokesman", "a Kremlin spokesman": the body speaks.
    if (/^(?:a|an|one|another)\s/.test(lower) || (body && !registry.byRole(start, headWord))) {
      const orgWords = words.slice(0, -1).filter((w) => ORG_WORDS.has(w) || GENERIC_BODIES.test(w));
      const generic = orgWords.length > 0 && orgWords.every((w) => GENERIC_BODIES.test(w));
      const org =
        body ??
        (orgWords.length > 0 ? registry.orgByWords(orgWords, start) : undefined) ??
        ministryFromWords(registry, attention, words.slice(0, -1), country, start) ??
        country ??
        (generic ? attention.it(start, businessLike(orgWords.at(-1)!), true) : undefined);
      if (org) {
        attention.rememberUnnamed(headWord, start, org);
        return { entity: org, how: 'role' };
      }
    }
    const e =
      officeHolder(registry, start, headWord, lower.split(/\s+/), country) ??
      registry.byRole(start, headWord, country, header) ??
      attention.unnamed(headWord, start) ??
      registry.byRole(start, headWord, country, true);
    if (e) return { entity: e, how: 'role' };
    // "the prime minister said", "the top Russian diplomat said", with nobody given that title: the
    // person the passage is about (a nationality in the phrase names no one).
    if (/^the\s/.test(lower) && inside.every((m) => m.how === 'demonym') && !header) {
      const focus = attention.pronoun(start, TITLE_GENDER[headWord] ?? 'x');
      if (focus) return { entity: focus, how: 'role' };
    }
  }
  // "the ministry", "the steel association", "the Commission", "Supporters’ trust".
  if ((ORG_WORDS.has(headWord) || GENERIC_BODIES.test(headWord)) && words.length <= 4 && inside.length === 0) {
    const e = registry.orgByWords(
      words.map((w) => w.replace(/['’]s?$/, '')),
      start,
      header,
    );
    if (e) return { entity: e, how: 'role' };
    // "the company", "the firm", "the government": the body the passage is about.
    if (/^the\s/.test(lower) && words.length <= 2 && GENERIC_BODIES.test(headWord)) {
      const body = attention.it(start, businessLike(headWord), true);
      if (body) return { entity: body, how: 'role' };
    }
  }
  const other = inside.find((m) => m.entity.type !== 'PLACE' && m.how !== 'demonym') ?? inside.find((m) => m.entity.type === 'COUNTRY');
  if (other) return { entity: other.entity, how: 'name' };
  // "The Board’s progress report, published last Thursday,": the noun phrase before the comma.
  const comma = text.indexOf(',', start);
  if (comma > start && comma < end && text.slice(start, comma).trim()) return resolvePhrase(registry, attention, text, start, comma, header);
  return undefined;
}

/** Words that make a title another office: a "Deputy Governor" is not "the governor". */
const LESSER_OFFICE = /^(?:deputy|vice|assistant|associate|acting|interim|former|ex)$/;

/**
 * "the governor": the latest person mentioned who holds that office itself — not a "Deputy
 * Governor", unless the phrase says so too ("the deputy governor").
 */
function officeHolder(registry: Registry, at: number, noun: string, phraseWords: string[], country: Entity | undefined): Entity | undefined {
  const holds = (e: Entity) =>
    e.type === 'PERSON' &&
    e.titles.some((t) => {
      const words = t.title.toLowerCase().split(/[\s-]+/);
      return words.includes(noun) && words.every((w) => !LESSER_OFFICE.test(w) || phraseWords.includes(w)) && (!country || !t.of || t.of === country);
    });
  return registry.lastMentionBefore(at, (m) => holds(m.entity))?.entity;
}

/**
 * "a foreign ministry representative": the ministry of the country named in the phrase, or of
 * the one the passage is about ("Russian Foreign Ministry"); undefined when no country is clear.
 */
function ministryFromWords(registry: Registry, attention: Attention, words: string[], country: Entity | undefined, at: number): Entity | undefined {
  let end = -1;
  for (let x = 0; x < words.length; x++) if (/^(?:ministry|department|embassy)$/.test(words[x]!)) end = x;
  if (end < 0) return undefined;
  const state = country ?? attention.it(at, (e) => e.type === 'COUNTRY', true);
  const demonym = state?.country?.demonym;
  if (!state || !demonym) return undefined;
  const own = words
    .slice(0, end + 1)
    .filter((w) => !GAZETTEER.has(w))
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join(' ');
  const org = groupEntity(registry, `${demonym} ${own}`, at, kindOfOrg(words[end]!));
  org.parent ??= state;
  return org;
}

/** "Small island states", "Maas Container Terminals", "The G77 group of developing countries": a speaking body no rule named. */
export function groupFromPhrase(registry: Registry, text: string, start: number, end: number): Entity | undefined {
  const phrase = text
    .slice(start, end)
    .trim()
    .replace(/^(?:the|a|an)\s+/i, '');
  if (!phrase || /[“”"]/.test(phrase)) return undefined;
  const words = phrase.split(/\s+/);
  if (words.length > 7) return undefined;
  // "two leaders", "both countries", "several officials": people counted, not a body — a name to review.
  if (QUANTIFIED.test(words[0]!)) {
    if (words.length <= 4 && GROUP_NOUNS.test(words.at(-1)!.toLowerCase())) {
      const at = start + text.slice(start, end).indexOf(phrase);
      registry.addNameOnly({ start: at, end: at + phrase.length, guess: 'GROUP', reason: 'a counted plural: people, not a body' });
    }
    return undefined;
  }
  // An acronym or a capitalised name (not a person): "G77 group of …", "Maas Container Terminals".
  const acronym = /^(\p{Lu}[\p{Lu}\p{N}-]{1,7})\b/u.exec(phrase);
  if (acronym && !GAZETTEER.has(phraseKey(acronym[1]!))) return groupEntity(registry, acronym[1]!, start);
  // A capitalised name that no rule made a person: a company or body ("Norfolk Southern", "Maas Container Terminals").
  const caps = /^((?:\p{Lu}[\p{L}\p{N}'’.&-]*\s?){2,5})$/u.exec(phrase);
  if (
    caps &&
    !firstNameGender(words[0]!) &&
    !words.some((w) => HONORIFICS.has(w.toLowerCase()) || (TITLE_WORDS.has(w.toLowerCase()) && !NAME_LEAD_WORDS.has(w.toLowerCase())))
  ) {
    return groupEntity(registry, caps[1]!.trim(), start, 'organisation');
  }
  // "Analysts at Nomura", "economists from Capital Economics": the body they work for.
  const atMatch = /^(?:\p{L}+\s+){0,2}(\p{L}+)\s+(?:at|from|with)\s+((?:\p{Lu}[\p{L}\p{N}&'’.-]*\s?){1,4})$/u.exec(phrase);
  const at =
    atMatch &&
    /^(?:analysts|economists|strategists|researchers|experts|officials|lawyers|attorneys|scientists|staff|executives|engineers|spokespeople|representatives)$/i.test(
      atMatch[1]!,
    )
      ? [atMatch[0], atMatch[2]!]
      : undefined;
  if (at && !GAZETTEER.has(phraseKey(at[1]!.trim()))) return groupEntity(registry, at[1]!.trim(), start, 'organisation');
  if (at) {
    const known = GAZETTEER.get(phraseKey(at[1]!.trim()))!;
    if (known.kind === 'org') return groupEntity(registry, known.name, start, known.orgKind);
  }
  // A body named by its kind: "the port authority", "the dockworkers' union".
  const last = words.at(-1)!.toLowerCase();
  if (
    words.length <= 4 &&
    ORG_WORDS.has(last) &&
    !/^(?:government|administration|office|party|group|company|news|times|post|press|service|services|board|club)$/.test(last) &&
    words.slice(0, -1).every((w) => isTitleModifier(w.replace(/['’]s?$/, '')))
  ) {
    return groupEntity(registry, phrase, start, kindOfOrg(last));
  }
  // A plural group noun: "Small island states", "opposition lawmakers".
  if (words.length <= 4 && GROUP_NOUNS.test(words.at(-1)!.toLowerCase()) && words.slice(0, -1).every((w) => isTitleModifier(w))) {
    return groupEntity(registry, phrase, start, 'group');
  }
  return undefined;
}
