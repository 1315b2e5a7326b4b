/**
 * Capitalised runs of words: where a run ends ("von der Leyen", "Sea of Okhotsk", "Supporters’
 * Trust"), and what it names — a body by its last word or its kind ("the ABVV union"), an
 * organisation or place by its head word, a country, or else (people.ts) a person.
 */
import { GAZETTEER, phraseKey, type GazEntry } from './gazetteer.js';
import {
  HONORIFICS,
  NOT_NAME_WORDS,
  ORG_WORDS,
  PLACE_WORDS,
  ROLE_NOUNS,
  TITLE_WORDS,
  NAME_LEAD_WORDS,
  firstNameGender,
  isCommonWord,
  isTitleModifier,
  wordTags,
} from './lexicon.js';
import type { Sentence } from './paragraphs.js';
import { adjacent, type Token } from './tokens.js';
import { CHINESE_SURNAMES } from './person-names.js';
import { kindOfOrg } from './registry.js';
import {
  NAME_CONNECTORS,
  OF_CONNECTORS,
  ampersandJoined,
  type ScanContext,
  isCountryLike,
  countryEntity,
  placeEntity,
  orgEntity,
  addMention,
  isRoleHead,
  countryOfPassage,
} from './entity-scan.js';
import { INSTITUTION_COUNTRY, emitGazetteer } from './gazetteer-names.js';
import { emitPerson } from './people.js';

/** What a body is, after its name: "the ABVV union", "the Liberal party". */
export const BODY_SUFFIX =
  /^(?:union|unions|party|group|company|federation|association|alliance|coalition|movement|council|committee|ministry|agency|network|foundation|institute|league|syndicate|confederation|trust|board|authority)$/;

/** A verb form and nothing else in compromise's lexicon ("Speaks", "Meets"), never a name word. */
function isVerbForm(key: string): boolean {
  const tags = wordTags(key);
  return tags.length > 0 && tags.every((t) => /^(?:PresentTense|PastTense)$/.test(t)) && /(?:s|ed)$/.test(key) && !firstNameGender(key);
}

/** An Arabic article joined to a family name: "al-Sudani", "el-Sisi". */
const ARABIC_PARTICLE = /^(?:al|el|ad|as|ash|at|az|ul)-\p{Lu}/u;
/** The heads of bodies named by the city they sit in. */
const SEATED = /^(?:embassy|consulate|court|mission|delegation|representation)$/;
const WEEKDAY_OR_MONTH =
  /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december)$/;

/** The last token of up to three capitalised words from `from` (no honorific, title noun or first name among them), or undefined. */
function andContinuation(text: string, tokens: Token[], from: number): number | undefined {
  let k = from;
  const ok = (t: Token | undefined) => t?.cap && !HONORIFICS.has(t.key) && !firstNameGender(t.text) && !(TITLE_WORDS.has(t.key) && ROLE_NOUNS.has(t.key));
  if (!ok(tokens[k])) return undefined;
  while (k + 1 < tokens.length && k - from < 2 && ok(tokens[k + 1]) && !tokens[k]!.possessive && adjacent(text, tokens[k]!, tokens[k + 1]!)) k++;
  // A longer run is not one name's second half.
  if (tokens[k + 1]?.cap && adjacent(text, tokens[k]!, tokens[k + 1]!)) return undefined;
  return k;
}

/**
 * A capitalised run from token i: an organisation, a place or a person. Returns the index of
 * the first token after it.
 */
export function scanRun(ctx: ScanContext, s: Sentence, tokens: Token[], i: number, gazAt?: Map<number, GazEntry>): number {
  const { text } = ctx;
  let j = i;
  for (;;) {
    if (j + 1 >= tokens.length) break;
    const cur = tokens[j]!;
    const next = tokens[j + 1]!;
    // "Supporters’ Trust": a plural possessive inside a name.
    const pluralPossessive = cur.possessive && /s$/.test(cur.text) && /^['’] $/.test(text.slice(cur.end, next.start)) && next.cap;
    if (!pluralPossessive && (cur.possessive || !(adjacent(text, cur, next) || ampersandJoined(text, cur, next)))) break;
    if (next.cap) {
      j++;
      continue;
    }
    const after = tokens[j + 2];
    if (NAME_CONNECTORS.has(next.key) && after?.cap && adjacent(text, next, after)) {
      j += 2;
      continue;
    }
    // "von der Leyen", "de la Cruz": two particles.
    const third = tokens[j + 3];
    if (NAME_CONNECTORS.has(next.key) && after && NAME_CONNECTORS.has(after.key) && third?.cap && adjacent(text, next, after) && adjacent(text, after, third)) {
      j += 3;
      continue;
    }
    // "Mohammed Shia al-Sudani", "Hayder al-Rubaie": an Arabic particle joined to the last name.
    if (ARABIC_PARTICLE.test(next.text)) {
      j++;
      continue;
    }
    const runWords = tokens.slice(i, j + 1).map((t) => t.key);
    const orgOrPlaceSoFar = runWords.some((w) => ORG_WORDS.has(w) || PLACE_WORDS.has(w) || w === 'republic' || w === 'university');
    // "in" joins only a body named by its seat ("Russian Embassy in Tokyo", "Administrative court
    // in Lille"); "Waseda University in Tokyo" is where the university is.
    const joins = next.key !== 'and' && (next.key !== 'in' || SEATED.test(cur.key)) && !(next.key === 'on' && after && WEEKDAY_OR_MONTH.test(after.key));
    if (OF_CONNECTORS.has(next.key) && joins && after?.cap && adjacent(text, next, after) && orgOrPlaceSoFar) {
      j += 2;
      continue;
    }
    // "Kingsmead and District NHS Trust", "Department of Health and Social Care": one body's
    // name with "and" inside, when the words after it end in an organisation word or continue
    // an "of" name.
    if (next.key === 'and' && after?.cap && adjacent(text, next, after)) {
      const rest = andContinuation(text, tokens, j + 2);
      const ofName = runWords.includes('of') && orgOrPlaceSoFar;
      const singleLead = j === i && !GAZETTEER.has(cur.key) && !firstNameGender(cur.text) && !NOT_NAME_WORDS.has(cur.key);
      if (rest !== undefined && (ofName || (singleLead && ORG_WORDS.has(tokens[rest]!.key)))) {
        j = rest;
        continue;
      }
    }
    // "Kurile islands": a lower-case place word closing a capitalised name.
    if (/^(?:islands?|isles|sea|peninsula|strait|river|mountains|region|province|oblast|territories|valley|desert|coast)$/.test(next.key)) j++;
    break;
  }
  let run = tokens.slice(i, j + 1);
  let end = j + 1;
  // "the ABVV union", "the Havenbond dockworkers' union": a name, then what kind of body it is.
  const kindWord = tokens[j + 1];
  const kindWord2 = tokens[j + 2];
  const suffix =
    kindWord && !kindWord.cap && adjacent(text, tokens[j]!, kindWord) && BODY_SUFFIX.test(kindWord.key)
      ? [kindWord]
      : kindWord &&
          kindWord2 &&
          !kindWord.cap &&
          !kindWord2.cap &&
          (adjacent(text, tokens[j]!, kindWord) || tokens[j]!.possessive) &&
          /^(?:\p{Ll}+)$/u.test(kindWord.text) &&
          (adjacent(text, kindWord, kindWord2) || /^['’] $/.test(text.slice(kindWord.end, kindWord2.start))) &&
          BODY_SUFFIX.test(kindWord2.key) &&
          isTitleModifier(kindWord.text)
        ? [kindWord, kindWord2]
        : undefined;
  if (suffix && !run.some((t) => HONORIFICS.has(t.key)) && !(run.length >= 2 && firstNameGender(run[0]!.text)) && !isCountryLike(GAZETTEER.get(run[0]!.key))) {
    const first = run.find((t) => !NOT_NAME_WORDS.has(t.key)) ?? run[0]!;
    const last = suffix.at(-1)!;
    const full = text.slice(first.start, last.end);
    const short = text.slice(first.start, tokens[j]!.end);
    // An acronym is the body's name ("ABVV", "G77"); otherwise the whole ("Havenbond dockworkers' union").
    const name = /^[\p{Lu}\p{N}-]{2,8}$/u.test(short) ? short : full;
    const org = orgEntity(ctx, name, kindOfOrg(last.key), first.start);
    org.forms.add(full);
    org.forms.add(short);
    addMention(ctx, s, org, first.start, last.end, 'name', last.possessive, first.start);
    end = tokens.indexOf(last) + 1;
    return end;
  }

  // Leading words that are not part of any name ("The", "But", "After") — but "Northern
  // Territories", "United Nations", "New York Times" keep theirs.
  const namesAPlace = run.length >= 2 && (ORG_WORDS.has(run.at(-1)!.key) || PLACE_WORDS.has(run.at(-1)!.key));
  // "spokesperson He Yadong": after a title, "He" is a family name, not a pronoun.
  const before = tokens[i - 1];
  const titledFamilyName =
    run.length >= 2 && CHINESE_SURNAMES.has(run[0]!.key) && before !== undefined && isRoleHead(before) && adjacent(text, before, run[0]!);
  const keepsLead = (t: Token) => (namesAPlace && NAME_LEAD_WORDS.has(t.key)) || (titledFamilyName && t === run[0]);
  while (
    run.length > 0 &&
    !keepsLead(run[0]!) &&
    ((NOT_NAME_WORDS.has(run[0]!.key) && !HONORIFICS.has(run[0]!.key)) ||
      (run[0]!.start === s.start &&
        isCommonWord(run[0]!.text) &&
        !TITLE_WORDS.has(run[0]!.key) &&
        !HONORIFICS.has(run[0]!.key) &&
        !firstNameGender(run[0]!.text) &&
        !namesAPlace))
  ) {
    run = run.slice(1);
  }
  // A title-case headline's verb ends the name before it: "President Xi Jinping Speaks with …".
  while (run.length >= 3 && !run.at(-1)!.possessive && isVerbForm(run.at(-1)!.key)) {
    run = run.slice(0, -1);
    end = tokens.indexOf(run.at(-1)!) + 1;
  }
  if (run.length === 0) return end;
  const startTok = run[0]!;
  const lastTok = run.at(-1)!;
  const possessive = lastTok.possessive;
  const startIndex = tokens.indexOf(startTok);

  // "Sea of Okhotsk", "Ministry of Defence", "Bank of Japan": named by the word before "of".
  const ofAt = run.findIndex((t, idx) => idx > 0 && OF_CONNECTORS.has(t.key));
  const headBeforeOf = ofAt > 0 ? run[ofAt - 1]!.key : undefined;
  if (headBeforeOf && (ORG_WORDS.has(headBeforeOf) || PLACE_WORDS.has(headBeforeOf) || headBeforeOf === 'republic' || headBeforeOf === 'university')) {
    return emitNamed(ctx, s, tokens, startIndex, tokens.indexOf(lastTok), headBeforeOf, end);
  }
  // Organisations and places named by their last word.
  if (run.length >= 2 && (ORG_WORDS.has(lastTok.key) || PLACE_WORDS.has(lastTok.key))) {
    const leading = GAZETTEER.get(startTok.key);
    // "Japanese Government", "US Administration": the country.
    if (isCountryLike(leading) && leading?.country && run.length === 2 && INSTITUTION_COUNTRY.includes(lastTok.key)) {
      const c = countryEntity(ctx, leading.country, startTok.start);
      addMention(ctx, s, c, startTok.start, lastTok.end, 'institution', possessive, startTok.start);
      return end;
    }
    return emitNamed(ctx, s, tokens, startIndex, tokens.indexOf(lastTok), lastTok.key, end);
  }
  if (run.length === 1 && GAZETTEER.has(startTok.key) && isCountryLike(GAZETTEER.get(startTok.key))) {
    emitGazetteer(ctx, s, tokens, startIndex, startIndex + 1, GAZETTEER.get(startTok.key)!);
    return end;
  }
  return emitPerson(ctx, s, tokens, run, end, gazAt, titledFamilyName);
}

/** An organisation or place whose name ends in (or has before "of") the word `head`. */
export function emitNamed(ctx: ScanContext, s: Sentence, tokens: Token[], from: number, to: number, head: string, end: number): number {
  const { text } = ctx;
  const startTok = tokens[from]!;
  const lastTok = tokens[to]!;
  const name = text.slice(startTok.start, lastTok.end);
  const gaz = GAZETTEER.get(phraseKey(name));
  if (gaz) {
    emitGazetteer(ctx, s, tokens, from, to + 1, gaz);
    return end;
  }
  const isOrg = (ORG_WORDS.has(head) && !(PLACE_WORDS.has(head) && !ORG_WORDS.has(head))) || head === 'university';
  if (isOrg) {
    const leading = GAZETTEER.get(startTok.key);
    let parentInfo = isCountryLike(leading) ? leading?.country : undefined;
    let orgName = name;
    // "the Foreign Ministry" with no country: the country the passage is about (the latest
    // country that was a subject, in this paragraph or the one before).
    if (
      !parentInfo &&
      /^(?:ministry|department|embassy|office|agency)$/.test(head) &&
      /^(?:Foreign|Defen[cs]e|Interior|Finance|Economy|Trade|Justice|Health|Unification|Home|State)\b/.test(name)
    ) {
      const country = countryOfPassage(ctx, startTok.start);
      if (country?.demonym) {
        parentInfo = country;
        orgName = `${country.demonym} ${name}`;
      } else if (!/^Unification\b/.test(name)) {
        // Whose ministry is not clear (every state has a foreign ministry): a name, not an actor.
        ctx.registry.addNameOnly({ start: startTok.start, end: lastTok.end, guess: 'ORGANIZATION', reason: `a ${head} of no country the passage names` });
        return end;
      }
    }
    const org = orgEntity(ctx, orgName, kindOfOrg(head), startTok.start, parentInfo ? { parent: countryEntity(ctx, parentInfo, startTok.start) } : {});
    org.forms.add(name);
    addMention(ctx, s, org, startTok.start, lastTok.end, 'name', lastTok.possessive, startTok.start);
    return end;
  }
  const place = placeEntity(ctx, name, head, startTok.start);
  place.forms.add(name);
  addMention(ctx, s, place, startTok.start, lastTok.end, 'name', lastTok.possessive, startTok.start);
  return end;
}
