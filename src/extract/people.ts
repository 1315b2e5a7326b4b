/**
 * People: a capitalised run with evidence that it is a person (a title, an honorific, a known
 * first name, a speech verb, compromise's judgement), their titles as roles — from the phrase
 * before the name ("commerce ministry spokesperson He Yadong") or an appositive after it — and
 * which person a surname or "Mr X" is.
 */
import nlp from 'compromise';
import { GAZ_FIRST_WORDS, GAZETTEER, phraseKey, type CountryInfo, type GazEntry } from './gazetteer.js';
import {
  HONORIFICS,
  NOT_NAME_WORDS,
  ORG_WORDS,
  ROLE_NOUNS,
  SPEECH_VERB_SET,
  TITLE_WORDS,
  TITLE_GENDER,
  firstNameGender,
  isCommonWord,
  isTitleModifier,
  type Gender,
} from './lexicon.js';
import type { Sentence } from './paragraphs.js';
import type { Token } from './tokens.js';
import { kindOfOrg, type Registry, type Entity } from './registry.js';
import {
  NAME_CONNECTORS,
  type ScanContext,
  titleCase,
  isCountryLike,
  countryEntity,
  orgEntity,
  clauseStart,
  addMention,
  isInitial,
  isRoleHead,
  countryOfPassage,
} from './entity-scan.js';

export const DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'former', 'then', 'new', 'top', 'unnamed', 'anonymous']);
/** Words in a title phrase that are not part of the title itself. */
export const NOT_IN_TITLE = /^(?:the|a|an|of|for|his|her|its|their|former|then|ex|acting|top|senior|unnamed|anonymous|us|u\.s\.)$/i;

/**
 * A capitalised run that is no organisation or place: a person when there is evidence — titles
 * and honorifics first, then the name. Returns the index of the first token after it.
 */
export function emitPerson(
  ctx: ScanContext,
  s: Sentence,
  tokens: Token[],
  run: Token[],
  end: number,
  gazAt: Map<number, GazEntry> | undefined,
  titledFamilyName: boolean,
): number {
  const { text } = ctx;
  const startTok = run[0]!;
  const startIndex = tokens.indexOf(startTok);
  // A person: titles and honorifics first, then the name.
  let k = 0;
  let honorific: Gender | 'x' | undefined;
  const titleWords: string[] = [];
  // The last title head in the run ("Unification Minister Kim Dong-hyun") ends the title part.
  let head = -1;
  for (let x = 0; x < run.length - 1; x++) if (isRoleHead(run[x]!) || HONORIFICS.has(run[x]!.key)) head = x;
  while (k < run.length - 1 && (k <= head || TITLE_WORDS.has(run[k]!.key) || HONORIFICS.has(run[k]!.key))) {
    if (HONORIFICS.has(run[k]!.key)) honorific = HONORIFICS.get(run[k]!.key);
    else if (!GAZETTEER.has(run[k]!.key) || !isCountryLike(GAZETTEER.get(run[k]!.key))) titleWords.push(run[k]!.text);
    k++;
  }
  let nameToks = run.slice(k);
  // A country word inside the name part ends the name there.
  const cut = nameToks.findIndex((t, idx) => idx > 0 && isCountryLike(GAZETTEER.get(t.key)) && !firstNameGender(t.text));
  if (cut > 0) nameToks = nameToks.slice(0, cut);
  if (nameToks.length === 0 || nameToks.length > 4) return end;
  if (isCountryLike(GAZETTEER.get(nameToks[0]!.key)) && nameToks.length === 1) return end;
  if (
    nameToks.some(
      (t, x) =>
        (NOT_NAME_WORDS.has(t.key) && !NAME_CONNECTORS.has(t.key) && !(x > 0 && isInitial(text, t)) && !(titledFamilyName && t === run[0])) ||
        (TITLE_WORDS.has(t.key) && !firstNameGender(t.text) && nameToks.length === 1),
    )
  )
    return end;
  if (nameToks.some((t) => /^\p{N}/u.test(t.text) || ORG_WORDS.has(t.key))) return end;
  // An acronym is not a person's name ("Ohio EPA", "FGTB"): a body, if it speaks.
  if (nameToks.some((t) => /^[\p{Lu}\p{N}]{2,}$/u.test(t.text) && !/^(?:II|III|IV|VI|JR|SR)$/.test(t.text))) {
    if (speechCueAround(text, tokens, startIndex, tokens.indexOf(nameToks.at(-1)!)) || GAZ_FIRST_WORDS.has(nameToks[0]!.key)) {
      const name = text.slice(nameToks[0]!.start, nameToks.at(-1)!.end);
      const org = orgEntity(ctx, name, undefined, nameToks[0]!.start);
      org.forms.add(name);
      addMention(ctx, s, org, nameToks[0]!.start, nameToks.at(-1)!.end, 'name', nameToks.at(-1)!.possessive, startTok.start);
    }
    return end;
  }

  // The title phrase before the run, in lower or upper case: "Japan's foreign minister",
  // "his Japanese counterpart", "Port authority spokeswoman", "Conservative candidate".
  let b = startIndex - 1;
  let titleCountry: CountryInfo | undefined;
  let titleOrg: Entity | undefined;
  const preTitle: string[] = [];
  /** The token index of each word of preTitle. */
  const preTitleAt: number[] = [];
  let counterpart = false;
  let modifiers = 0;
  const joined = (x: number) => /^(?:['’]s)? +$/.test(text.slice(tokens[x]!.end, tokens[x + 1]!.start));
  while (b >= 0 && joined(b)) {
    const tb = tokens[b]!;
    const gz = gazAt?.get(b) ?? GAZETTEER.get(tb.key);
    if ((TITLE_WORDS.has(tb.key) || isRoleHead(tb)) && !['the', 'of', 'for', 'a', 'an'].includes(tb.key)) {
      if (tb.key === 'counterpart') counterpart = true;
      preTitle.unshift(tb.text);
      preTitleAt.unshift(b);
    } else if (isCountryLike(gz) && gz?.country) {
      titleCountry ??= gz.country;
    } else if (gz?.kind === 'org') {
      const m = ctx.registry.mentionCovering(tb.start, tb.end);
      titleOrg ??= m?.entity;
    } else if (
      preTitle.length > 0 &&
      modifiers < 3 &&
      isTitleModifier(tb.text) &&
      !DETERMINERS.has(tb.key) &&
      !HONORIFICS.has(tb.key) &&
      !(tb.start === s.start && isCommonWord(tb.text) && !ORG_WORDS.has(tb.key))
    ) {
      modifiers++;
      preTitle.unshift(tb.text);
      preTitleAt.unshift(b);
    } else if (preTitle.length > 0 && tb.start === s.start && tb.cap && isTitleModifier(tb.text) && !NOT_NAME_WORDS.has(tb.key)) {
      preTitle.unshift(tb.text);
      preTitleAt.unshift(b);
    } else if (DETERMINERS.has(tb.key) || HONORIFICS.has(tb.key)) {
      if (tb.key === 'his' || tb.key === 'her') {
        b--;
        break;
      }
    } else break;
    b--;
  }
  const phraseStartTok = tokens[Math.max(b + 1, 0)]!;
  // "commerce ministry spokesperson He Yadong": a body inside the title phrase is what the title is held in.
  let bodyAt = -1;
  for (let x = 0; x < preTitle.length - 1; x++) if (TITLE_BODY.test(preTitle[x]!.toLowerCase())) bodyAt = x;
  if (!titleOrg && bodyAt >= 0) {
    const words = preTitle.splice(0, bodyAt + 1);
    const at = preTitleAt.splice(0, bodyAt + 1);
    titleOrg = ministryOf(ctx, s, tokens[at[0]!]!, tokens[at.at(-1)!]!, words, titleCountry);
  }
  const allTitle = [...preTitle, ...titleWords].filter((w) => !NOT_IN_TITLE.test(w));
  const hasRole = allTitle.some(
    (w) =>
      ROLE_NOUNS.has(w.toLowerCase()) ||
      (TITLE_WORDS.has(w.toLowerCase()) &&
        !['national', 'state', 'white', 'house', 'joint', 'special', 'first', 'press', 'foreign', 'prime', 'vice', 'deputy'].includes(w.toLowerCase())),
  );
  // "Hoshikawa said", after "Hoshikawa Motor Corp": an organisation's short name (unless a person has that name).
  if (nameToks.length === 1 && !honorific && allTitle.length === 0 && !ctx.registry.personByWord(nameToks[0]!.text, nameToks[0]!.start)) {
    const org = ctx.registry.entities.find(
      (e) =>
        e.type === 'ORGANIZATION' &&
        e.name.split(/\s+/).length >= 2 &&
        phraseKey(e.name.split(/\s+/)[0]!) === nameToks[0]!.key &&
        !isCommonWord(nameToks[0]!.text),
    );
    if (org) {
      org.forms.add(nameToks[0]!.text);
      addMention(ctx, s, org, nameToks[0]!.start, nameToks[0]!.end, 'short', nameToks[0]!.possessive, nameToks[0]!.start);
      return end;
    }
  }
  const evidence =
    honorific !== undefined ||
    hasRole ||
    // "Emma, a worker at the plant, said": a first name alone, as a speaker.
    (nameToks.length === 1 &&
      firstNameGender(nameToks[0]!.text) !== undefined &&
      !isCommonWord(nameToks[0]!.text) &&
      speechCueAround(text, tokens, startIndex, startIndex)) ||
    // "Germany's Scholz said", "Ukraine's Zelensky warned": a surname with its country, speaking.
    (nameToks.length === 1 && !isCommonWord(nameToks[0]!.text) && titleCountry !== undefined && speechCueAround(text, tokens, startIndex, startIndex)) ||
    // "Speaking in Berlin, Scholz said", "Blinken said in a statement": a surname, not a word,
    // that speaks — a person (a body with a one-word name is in the gazetteer or has an org word).
    (nameToks.length === 1 &&
      allTitle.length === 0 &&
      /^\p{Lu}\p{Ll}{2,}$/u.test(nameToks[0]!.text) &&
      !isCommonWord(nameToks[0]!.text) &&
      // "Prosecutors said": a plural noun, not a name.
      !(/s$/.test(nameToks[0]!.key) && (ROLE_NOUNS.has(nameToks[0]!.key.slice(0, -1)) || isCommonWord(nameToks[0]!.text.slice(0, -1)))) &&
      !GAZETTEER.has(nameToks[0]!.key) &&
      speechVerbRightAfter(text, tokens, startIndex)) ||
    (nameToks.length >= 2 && firstNameGender(nameToks[0]!.text) !== undefined && !isCountryLike(GAZETTEER.get(nameToks[0]!.key))) ||
    // "J.K. Pruitt", "T. Rowe": initials before a surname.
    (nameToks.length >= 2 && isInitial(text, nameToks[0]!) && !nameToks.slice(1).some((t) => isInitial(text, t) || isCommonWord(t.text))) ||
    knownPerson(ctx.registry, nameToks) !== undefined ||
    (nameToks.length >= 2 && speechCueAround(text, tokens, startIndex, tokens.indexOf(nameToks.at(-1)!))) ||
    (nameToks.length >= 2 && nameToks.length <= 3 && compromiseSaysPerson(ctx, s, nameToks));
  if (!evidence) {
    // A name, but of whom or what is not clear: kept as a mention, not made an actor.
    if (nameToks.length >= 2 && !nameToks.some((t) => isCommonWord(t.text)))
      ctx.registry.addNameOnly({
        start: nameToks[0]!.start,
        end: nameToks.at(-1)!.end,
        guess: 'UNKNOWN',
        reason: 'a name with no title, known first name or speech verb',
      });
    return end;
  }

  const person = registerPerson(ctx, nameToks, startTok.start, honorific);
  const titleGender = allTitle.map((w) => TITLE_GENDER[w.toLowerCase()]).find(Boolean);
  if (titleGender && !person.gender) person.gender = titleGender;
  if (allTitle.length > 0 && hasRole) {
    let roleTitle = titleCase(allTitle.join(' '));
    if (counterpart) {
      // "his Japanese counterpart X": X holds the title of the person "his" refers to.
      const other = ctx.registry.lastMentionBefore(
        startTok.start,
        (m) => m.entity.type === 'PERSON' && m.entity !== person && m.entity.titles.some((t) => !/counterpart/i.test(t.title)),
      );
      roleTitle = other?.entity.titles.find((t) => !/counterpart/i.test(t.title))?.title ?? 'Counterpart';
    }
    addTitle(person, roleTitle, titleCountry ? countryEntity(ctx, titleCountry, startTok.start) : titleOrg);
  }
  const lastIndex = tokens.indexOf(nameToks.at(-1)!);
  ctx.pending.push(() => appositiveTitle(ctx, s, person, tokens, startIndex, lastIndex));

  const nameText = text.slice(nameToks[0]!.start, nameToks.at(-1)!.end);
  person.forms.add(nameText);
  if (honorific !== undefined && k > 0) person.forms.add(text.slice(run[0]!.start, nameToks.at(-1)!.end));
  if (titleWords.length > 0 && nameToks.length === 1) person.forms.add(text.slice(run[0]!.start, nameToks.at(-1)!.end));
  addMention(ctx, s, person, startTok.start, nameToks.at(-1)!.end, nameToks.length === 1 ? 'short' : 'name', nameToks.at(-1)!.possessive, phraseStartTok.start);
  return cut > 0 ? tokens.indexOf(nameToks.at(-1)!) + 1 : end;
}

/** Organisation words inside a title phrase: "commerce ministry spokesperson", "party leader". */
export const TITLE_BODY = /^(?:ministry|department|embassy|commission|bureau|secretariat)$/;

/** "commerce ministry" inside a title: the ministry of the country named or talked about ("Chinese Commerce Ministry"). */
export function ministryOf(ctx: ScanContext, s: Sentence, first: Token, last: Token, words: string[], country: CountryInfo | undefined): Entity {
  const surface = ctx.text.slice(first.start, last.end);
  // "Commission spokeswoman", after "the European Commission": the body already named.
  const known = country ? undefined : ctx.registry.orgByWords(words, first.start);
  if (known) {
    known.forms.add(surface);
    return known;
  }
  const info = country ?? countryOfPassage(ctx, first.start);
  const name = titleCase(words.join(' '));
  const org = orgEntity(
    ctx,
    info?.demonym ? `${info.demonym} ${name}` : name,
    kindOfOrg(words.at(-1)!.toLowerCase()),
    first.start,
    info ? { parent: countryEntity(ctx, info, first.start) } : {},
  );
  org.forms.add(surface);
  const earlier = ctx.registry.mentionCovering(first.start, last.end);
  // "Commerce ministry" made before the title was seen: the same body, now with its country.
  if (earlier?.entity.type === 'ORGANIZATION' && earlier.entity !== org && !earlier.entity.parent) ctx.registry.merge(org, earlier.entity);
  else if (!earlier) addMention(ctx, s, org, first.start, last.end, 'name', false, first.start);
  return org;
}

export function addTitle(person: Entity, title: string, of: Entity | undefined): void {
  const existing = person.titles.find((t) => t.title.toLowerCase() === title.toLowerCase());
  if (existing) {
    existing.of ??= of;
    return;
  }
  person.titles.push({ title, of });
}

/**
 * Titles in apposition: "Yumiko Sato, an opposition MP from the Constitutional Democratic
 * Party," / "Sergei Lavrov, the Russian foreign minister," after the name; "The climate
 * minister, Daniel Mensah," / "The league’s chairman, Kenji Ueda," before it.
 */
export function appositiveTitle(ctx: ScanContext, s: Sentence, person: Entity, tokens: Token[], first: number, last: number): void {
  const { text } = ctx;
  const after = text.slice(tokens[last]!.end, s.end);
  const m = /^,\s+((?:the |a |an |his |her |its )?[^,.;:“”"()]{2,90}?)(?=,|\.|;|$| who\b| and no\b)/.exec(after);
  const candidates: Array<{ start: number; phrase: string }> = [];
  if (m) candidates.push({ start: tokens[last]!.end + m[0].indexOf(m[1]!), phrase: m[1]! });
  const clause = clauseStart(ctx, s, tokens[first]!.start);
  const before = text.slice(clause, tokens[first]!.start);
  const b = /^\s*(?:(?:But|And|However|Meanwhile)\s+)?((?:the |a |an |The |A |An )?[^,.;:“”"()]{2,80}?),\s*$/.exec(before);
  if (b) candidates.push({ start: clause + before.indexOf(b[1]!), phrase: b[1]! });
  for (const c of candidates) {
    const words = c.phrase.split(/\s+/);
    // The title runs to its head noun; after "of / for / at / from" comes what it is held in.
    const stop = words.findIndex((w) => /^(?:of|for|at|from|in|with|who|whose|which)$/i.test(w));
    const titlePart = stop >= 0 ? words.slice(0, stop) : words;
    let headAt = -1;
    titlePart.forEach((w, x) => {
      if (ROLE_NOUNS.has(w.toLowerCase().replace(/['’]s$/, ''))) headAt = x;
    });
    if (headAt < 0) continue;
    if (
      titlePart
        .slice(0, headAt + 1)
        .some((w) => /^\p{Ll}/u.test(w) && !NOT_IN_TITLE.test(w) && !isTitleModifier(w.replace(/['’]s$/, '')) && !ROLE_NOUNS.has(w.toLowerCase()))
    )
      continue;
    const phraseEnd = c.start + c.phrase.length;
    const inPhrase = ctx.registry.mentionsIn(c.start, phraseEnd).filter((x) => x.entity !== person);
    if (inPhrase.some((x) => x.entity.type === 'PERSON' && !x.possessive)) continue;
    const titleWords = titlePart.slice(0, headAt + 1).filter((w) => !NOT_IN_TITLE.test(w) && !/['’]s$/.test(w) && !isCountryLike(GAZETTEER.get(phraseKey(w))));
    if (titleWords.length === 0) continue;
    const of = inPhrase.find((x) => x.entity.type === 'COUNTRY' || x.entity.type === 'ORGANIZATION')?.entity;
    addTitle(person, titleCase(titleWords.join(' ')), of);
    const g = TITLE_GENDER[titleWords.at(-1)!.toLowerCase()];
    if (g && !person.gender) person.gender = g;
  }
}

export function knownPerson(registry: Registry, nameToks: Token[]): Entity | undefined {
  if (nameToks.length >= 2) return registry.personByName(nameToks.map((t) => t.text).join(' '));
  const key = nameToks[0]!.key;
  return registry.entities.find((e) => e.type === 'PERSON' && e.tokens.some((t) => phraseKey(t) === key));
}

/** "Scholz said", "Blinken told": a speech verb (after an auxiliary) right after token i. */
export function speechVerbRightAfter(text: string, tokens: Token[], i: number): boolean {
  const m = /^\s+(?:has |had |also |then |later |again )?(\p{Ll}+)/u.exec(text.slice(tokens[i]!.end, tokens[i]!.end + 40));
  return !!m && !tokens[i]!.possessive && SPEECH_VERB_SET.has(m[1]!);
}

/** "…, said John Smith", "John Smith, 45, said", "John Smith told": a speaker's name. */
export function speechCueAround(text: string, tokens: Token[], first: number, last: number): boolean {
  const before = tokens[first - 1];
  if (before && (before.key === 'said' || before.key === 'says' || before.key === 'asked' || before.key === 'by') && !before.cap) return true;
  if (before && before.key === 'to' && tokens[first - 2]?.key === 'according') return true;
  const tail = text.slice(tokens[last]!.end, tokens[last]!.end + 120);
  // "Sarah, from Swansea, whose son is seven, said": appositives between the name and the verb.
  const m = /^(?:,(?:[^,.;“”"]{1,50},){1,2})?\s+(?:has |had |also |then |later |again |previously |earlier )?(\p{Ll}+)/u.exec(tail);
  if (m && SPEECH_VERB_SET.has(m[1]!)) return true;
  // "The opposition’s climate spokeswoman, Priya Nair, said": a name in apposition before the verb.
  const appositive = /^,\s+(?:has |had |also |then |later )?(\p{Ll}+)/u.exec(tail);
  return !!appositive && SPEECH_VERB_SET.has(appositive[1]!) && /,\s*$/.test(text.slice(Math.max(0, tokens[first]!.start - 2), tokens[first]!.start));
}

export function compromiseSaysPerson(ctx: ScanContext, s: Sentence, nameToks: Token[]): boolean {
  if (nameToks.some((t) => isCommonWord(t.text))) return false;
  let people = ctx.compromisePeople.get(s.start);
  if (!people) {
    people = (nlp(s.text).people().out('array') as string[]).map((p) => phraseKey(p.replace(/['’]s$/, '').replace(/[^\p{L}\p{N}\s'’.-]/gu, ' ')));
    ctx.compromisePeople.set(s.start, people);
  }
  const name = phraseKey(nameToks.map((t) => t.text).join(' '));
  return people.some((p) => p.includes(name));
}

export function registerPerson(ctx: ScanContext, nameToks: Token[], at: number, honorific: Gender | 'x' | undefined): Entity {
  const { registry } = ctx;
  const words = nameToks.map((t) => t.text);
  // The name as written ("Benita Y. Pearson"), with its initials' full stops.
  const full = ctx.text.slice(nameToks[0]!.start, nameToks.at(-1)!.end).replace(/\s+/g, ' ');
  let person: Entity | undefined;
  if (words.length >= 2) {
    person = registry.personByName(full);
    // "De Wit" after "Joris de Wit": the end of a known full name.
    if (!person) {
      const lower = words.map((w) => w.toLowerCase());
      const longer = registry.entities.filter(
        (e) =>
          e.type === 'PERSON' &&
          e.tokens.length > words.length &&
          e.tokens
            .slice(-words.length)
            .map((t) => t.toLowerCase())
            .join(' ') === lower.join(' '),
      );
      if (longer.length >= 1) person = registry.personByWord(words.at(-1)!, at, honorific) ?? longer[0];
    }
    if (!person) {
      // A person so far known by one word ("President Trump") gets a full name ("Donald Trump").
      const lower = words.map((w) => w.toLowerCase());
      const single = registry.entities.filter((e) => e.type === 'PERSON' && e.tokens.length === 1 && lower.includes(e.tokens[0]!.toLowerCase()));
      const clash = registry.entities.filter((e) => e.type === 'PERSON' && e.tokens.length >= 2 && e.tokens.at(-1)!.toLowerCase() === lower.at(-1));
      if (single.length === 1 && clash.length === 0) {
        person = single[0]!;
        person.forms.add(person.name);
        person.name = full;
        person.tokens = words;
      }
    }
    person ??= registry.create('PERSON', full, at, { tokens: words });
  } else {
    person = registry.personByWord(words[0]!, at, honorific) ?? registry.create('PERSON', full, at, { tokens: words });
  }
  if (honorific && honorific !== 'x' && (!person.gender || person.gender === 'x')) person.gender = honorific;
  if (!person.gender && words.length >= 2) {
    const g = firstNameGender(words[0]!);
    if (g && g !== 'x') person.gender = g;
  }
  return person;
}
