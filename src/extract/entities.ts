/**
 * The actors and places an article names, and every place it names them (mentions).
 *
 * - Countries by name, alias, demonym ("Japanese") and people ("North Koreans"); capitals and
 *   seats of government ("Tokyo", "the Kremlin") stand for their country when they act as a
 *   party, and for the city after "in", "near", "visited"…
 * - Organisations: known ones (agencies, international bodies), capitalised names ending in an
 *   organisation word ("Security Council", "Russian Foreign Ministry", "Northport Rovers
 *   Supporters’ Trust"), "the office of the U.S. Trade Representative", and a country or body
 *   with an institution after it ("US military", "Russian foreign ministry", "UN climate
 *   secretariat"); "US leadership", "the Japanese government" are the country itself.
 * - Places: cities, regions, names ending in a place word ("Kuril Islands", "Sea of Okhotsk")
 *   and "the island of Kunashir".
 * - People: capitalised names with evidence — a title or honorific before them ("Foreign
 *   minister Sergei Lavrov", "Mr Kono", "President Trump", "union leader Joris de Wit"), a
 *   known first name, a speech verb after them, or compromise's judgement where the cues leave
 *   it open. Titles give roles, from the phrase before the name or an appositive after it:
 *   "Japan's foreign minister Taro Kono", "Yumiko Sato, an opposition MP", "The climate
 *   minister, Daniel Mensah," and "his Japanese counterpart Taro Kono" (the title of the person
 *   he is the counterpart of, of Japan).
 *   A surname or "Mr X" alone is the most recently mentioned person of that name (and of that
 *   sex, for Mr / Ms), so two people sharing a surname stay two actors.
 *
 * Countries named only in passing, and bodies named only inside another name, are then
 * demoted to mentions (unclear.ts). Site navigation trails ("Home > Press Releases") are skipped.
 *
 * This module scans each sentence and runs the article-wide passes; the rules live in
 * entity-scan.ts (making entities, recording mentions), gazetteer-names.ts (known names and
 * institutions), name-runs.ts (capitalised runs: bodies and places) and people.ts (people, titles).
 */
import { GAZETTEER, phraseKey, type GazEntry } from './gazetteer.js';
import { HONORIFICS, NOT_NAME_WORDS, ORG_WORDS, PLACE_WORDS, TITLE_WORDS, firstNameGender } from './lexicon.js';
import type { Paragraph, Sentence } from './paragraphs.js';
import type { Quote } from './quotes.js';
import { adjacent, tokenize, type Token } from './tokens.js';
import { familyNameFirst } from './person-names.js';
import { kindOfOrg, Registry, type Entity } from './registry.js';
import { quoteAround } from './spans.js';
import { OF_CONNECTORS, ampersandJoined, type ScanContext, isCountryLike, countryEntity, placeEntity, orgEntity, addMention } from './entity-scan.js';
import { INSTITUTION_COUNTRY, gazetteerAt, institutionAt, emitGazetteer } from './gazetteer-names.js';
import { scanRun } from './name-runs.js';
import { demotePassingBodies, demotePassingCountries } from './unclear.js';

/** What a body is, before its name: "the shipping company Medline", "the broadcaster Deutsche Welle". */
const DESCRIPTORS =
  /^(?:company|firm|group|carrier|airline|bank|lender|insurer|retailer|carmaker|automaker|manufacturer|maker|operator|broadcaster|newspaper|tabloid|daily|magazine|agency|charity|union|party|club|startup|start-up|conglomerate|giant|developer|miner|utility|regulator|watchdog|consultancy|outlet|network|channel|platform|chain|supermarket|shipper|exporter|importer|fund|investor|organisation|organization|association|federation|campaign|movement|coalition|alliance|institute|university|foundation)$/;
export function findEntities(
  text: string,
  paragraphs: readonly Paragraph[],
  sentences: readonly Sentence[],
  quotes: readonly Quote[],
  skip: ReadonlyArray<{ start: number; end: number }> = [],
): Registry {
  const registry = new Registry();
  const ctx: ScanContext = {
    text,
    registry,
    inQuote: (o) => quoteAround(quotes, o) !== undefined,
    quotes,
    compromisePeople: new Map(),
    skip: [...skip, ...navigationTrails(text)],
    paragraphStarts: paragraphs.map((p) => p.start),
    pending: [],
  };
  for (const s of sentences) {
    scanSentence(ctx, s);
    for (const task of ctx.pending.splice(0)) task();
  }
  lateSurnames(ctx, sentences);
  sameThingNames(ctx, sentences);
  demotePassingCountries(registry, text);
  demotePassingBodies(registry, text);
  return registry;
}

/** A separator of a site's navigation trail: "Home > Press Releases", "CBC News | British Columbia | LIVE". */
const TRAIL_SEPARATOR = /\s[>|›»]\s/g;

/**
 * The spans of navigation trails: the segments around " > " or " | " separators, which name
 * sections of a site, not actors. A trail starts at "Home" or up to two words before its first
 * separator, and ends up to two words after its last (where the headline may begin).
 */
export function navigationTrails(text: string): Array<{ start: number; end: number }> {
  const seps = [...text.matchAll(TRAIL_SEPARATOR)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  const trails: Array<{ start: number; end: number }> = [];
  let i = 0;
  while (i < seps.length) {
    let j = i;
    // Separators up to 60 characters apart, with no sentence end between, are one trail.
    while (j + 1 < seps.length && seps[j + 1]!.start - seps[j]!.end <= 60 && !/[.!?\n]/.test(text.slice(seps[j]!.end, seps[j + 1]!.start))) j++;
    const before = text.slice(Math.max(0, seps[i]!.start - 60), seps[i]!.start);
    const lead = /\bHome$/.test(before) ? /Home$/.exec(before)! : /(?:[^\s.!?]+\s+)?[^\s.!?]+$/.exec(before);
    const after = /^[^\s.!?]+(?:\s+[^\s.!?]+)?/.exec(text.slice(seps[j]!.end, seps[j]!.end + 60));
    trails.push({ start: seps[i]!.start - (lead?.[0].length ?? 0), end: seps[j]!.end + (after?.[0].length ?? 0) });
    i = j + 1;
  }
  return trails;
}

/**
 * A surname that stood alone before its person was introduced — in a headline ("Biden warns
 * Congress …") or a quote — is a mention of that person too.
 */
function lateSurnames(ctx: ScanContext, sentences: readonly Sentence[]): void {
  const { text, registry } = ctx;
  const people = registry.entities.filter((e) => e.type === 'PERSON' && e.tokens.length >= 2);
  if (people.length === 0) return;
  const words = new Map<string, Entity[]>();
  for (const p of people) {
    const key = phraseKey(familyNameFirst(p.tokens) ? p.tokens[0]! : p.tokens.at(-1)!);
    words.set(key, [...(words.get(key) ?? []), p]);
  }
  for (const s of sentences) {
    for (const t of tokenize(text, s.start, s.end)) {
      const owners = words.get(t.key);
      if (!t.cap || !owners || owners.length !== 1) continue;
      if (registry.mentionCovering(t.start, t.end)) continue;
      const person = owners[0]!;
      if (t.start >= person.firstAt && s.paragraph > 0) continue;
      addMention(ctx, s, person, t.start, t.end, 'short', t.possessive, t.start);
    }
  }
}

/**
 * "The islands are known in Japan as the Northern Territories and in Russia as the Kurile
 * islands": two names of one thing.
 */
function sameThingNames(ctx: ScanContext, sentences: readonly Sentence[]): void {
  const { text, registry } = ctx;
  for (const s of sentences) {
    const m =
      /\b(?:known|called|referred to)\s+(?:in\s+[\p{L} ]{2,30}?\s+)?as\s+(?:the\s+)?(.{2,60}?)\s+(?:and|or|but)\s+(?:in\s+[\p{L} ]{2,30}?\s+)?(?:as\s+)?(?:the\s+)?(.{2,60}?)[.,;]/u.exec(
        text.slice(s.start, s.end),
      );
    if (!m) continue;
    const sentence = text.slice(s.start, s.end);
    const firstAt = sentence.indexOf(m[1]!, m.index);
    const first = s.start + firstAt;
    const second = s.start + sentence.indexOf(m[2]!, firstAt + m[1]!.length);
    const a = registry.mentionsIn(first, first + m[1]!.length).find((x) => x.entity.type === 'PLACE' || x.entity.type === 'ORGANIZATION');
    const b = registry.mentionsIn(second, second + m[2]!.length).find((x) => x.entity.type === a?.entity.type);
    if (a && b) registry.merge(a.entity, b.entity);
  }
}

function scanSentence(ctx: ScanContext, s: Sentence): void {
  const { text } = ctx;
  const tokens = tokenize(text, s.start, s.end).filter((t) => !ctx.skip.some((d) => t.start >= d.start && t.start < d.end));
  const gazAt = new Map<number, GazEntry>();
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i]!;

    // "the island of Kunashir", "the city of Kherson"
    if (
      t.key === 'the' &&
      i + 3 < tokens.length &&
      /^(?:island|islands|city|town|village|region|province|port|district)$/.test(tokens[i + 1]!.key) &&
      tokens[i + 2]!.key === 'of' &&
      tokens[i + 3]!.cap
    ) {
      let j = i + 3;
      while (j + 1 < tokens.length && tokens[j + 1]!.cap && adjacent(text, tokens[j]!, tokens[j + 1]!) && !tokens[j]!.possessive) j++;
      const name = text.slice(tokens[i + 3]!.start, tokens[j]!.end);
      const gaz = GAZETTEER.get(phraseKey(name));
      if (!isCountryLike(gaz)) {
        const e = placeEntity(ctx, name, tokens[i + 1]!.key, tokens[i + 3]!.start);
        addMention(ctx, s, e, tokens[i + 3]!.start, tokens[j]!.end, 'name', tokens[j]!.possessive, tokens[i]!.start);
        i = j + 1;
        continue;
      }
    }
    // "the office of the U.S. Trade Representative", "the ministry of foreign affairs"
    if (
      !t.cap &&
      ORG_WORDS.has(t.key) &&
      !/^(?:government|administration|cabinet|coalition|party|group|club)$/.test(t.key) &&
      tokens[i - 1]?.key === 'the' &&
      tokens[i + 1]?.key === 'of'
    ) {
      let j = i + 2;
      if (tokens[j]?.key === 'the') j++;
      if (tokens[j]?.cap) {
        let k = j;
        while (
          k + 1 < tokens.length &&
          !tokens[k]!.possessive &&
          adjacent(text, tokens[k]!, tokens[k + 1]!) &&
          (tokens[k + 1]!.cap || (OF_CONNECTORS.has(tokens[k + 1]!.key) && tokens[k + 2]?.cap))
        )
          k++;
        const name = `${t.text.charAt(0).toUpperCase()}${text.slice(t.start + 1, tokens[k]!.end)}`;
        const org = orgEntity(ctx, name, kindOfOrg(t.key), t.start);
        org.forms.add(text.slice(t.start, tokens[k]!.end));
        // The inner name ("U.S. Trade Representative") is also how it is called.
        org.forms.add(text.slice(tokens[j]!.start, tokens[k]!.end));
        addMention(ctx, s, org, t.start, tokens[k]!.end, 'name', tokens[k]!.possessive, tokens[i - 1]!.start);
        for (let x = i; x <= k; x++) gazAt.set(x, { kind: 'org', name });
        i = k + 1;
        continue;
      }
    }

    // "the shipping company Medline", "the German broadcaster Deutsche Welle": a body named after what it is.
    const next = tokens[i + 1];
    if (
      !t.cap &&
      DESCRIPTORS.test(t.key) &&
      next?.cap &&
      adjacent(text, t, next) &&
      !TITLE_WORDS.has(next.key) &&
      !HONORIFICS.has(next.key) &&
      !GAZETTEER.has(next.key)
    ) {
      let k = i + 1;
      while (k + 1 < tokens.length && tokens[k + 1]!.cap && !tokens[k]!.possessive && adjacent(text, tokens[k]!, tokens[k + 1]!)) k++;
      const run = tokens.slice(i + 1, k + 1);
      const personLike = firstNameGender(run[0]!.text) !== undefined && run.length >= 2 && !ORG_WORDS.has(run.at(-1)!.key);
      if (!personLike && run.length <= 4 && !run.some((x) => NOT_NAME_WORDS.has(x.key))) {
        const name = text.slice(run[0]!.start, run.at(-1)!.end);
        const org = orgEntity(ctx, name, t.key, run[0]!.start);
        org.forms.add(name);
        addMention(ctx, s, org, run[0]!.start, run.at(-1)!.end, 'name', run.at(-1)!.possessive, tokens[i - 1]?.key === 'the' ? tokens[i - 1]!.start : t.start);
        i = k + 1;
        continue;
      }
    }

    const g = gazetteerAt(text, tokens, i);
    if (g) {
      const last = tokens[g.end - 1]!;
      const next = tokens[g.end];
      const nextAdjacent = next && !last.possessive && adjacent(text, last, next);
      const prev = tokens[i - 1];
      const prevAdjacentCap =
        prev?.cap &&
        adjacent(text, prev, t) &&
        !prev.possessive &&
        !TITLE_WORDS.has(prev.key) &&
        !HONORIFICS.has(prev.key) &&
        !gazAt.has(i - 1) &&
        prev.start !== s.start &&
        !NOT_NAME_WORDS.has(prev.key);
      if (g.entry.kind !== 'org' && g.entry.kind !== 'region' && prevAdjacentCap) {
        // Part of a longer name ("George Washington").
        i++;
        continue;
      }
      // A capitalised name continues it and ends in an organisation or place word: "Russian
      // Foreign Ministry", "Washington Post", "Japan Sea".
      if (nextAdjacent && next.cap && g.entry.kind !== 'org' && g.entry.kind !== 'region') {
        let k = g.end;
        // "Seoul Central District Prosecutors' Office": a plural possessive inside the name.
        const joined = (a: Token, b: Token) =>
          adjacent(text, a, b) || ampersandJoined(text, a, b) || (a.possessive && /s$/.test(a.text) && /^['’] $/.test(text.slice(a.end, b.start)));
        while (k + 1 < tokens.length && tokens[k + 1]!.cap && (!tokens[k]!.possessive || /s$/.test(tokens[k]!.text)) && joined(tokens[k]!, tokens[k + 1]!)) k++;
        const lastWord = tokens[k]!.key;
        if (ORG_WORDS.has(lastWord) || PLACE_WORDS.has(lastWord)) {
          const consumed = scanRun(ctx, s, tokens, i, gazAt);
          i = Math.max(consumed, i + 1);
          continue;
        }
      }
      // A country or body with an institution after it: "US military", "the Japanese government", "UN climate secretariat".
      if ((isCountryLike(g.entry) && g.entry.country) || g.entry.kind === 'org') {
        const possessiveJoin = next && last.possessive && /^['’]s $/.test(text.slice(last.end, next.start));
        const inst = nextAdjacent || possessiveJoin ? institutionAt(text, tokens, g.end) : undefined;
        // "the Russian embassy in Tokyo": an embassy or consulate is named by the city it sits in.
        const seat = inst && /(?:embassy|consulate)$/.test(inst.words) ? tokens[inst.end + 1] : undefined;
        if (
          inst &&
          seat?.cap &&
          tokens[inst.end]!.key === 'in' &&
          adjacent(text, tokens[inst.end - 1]!, tokens[inst.end]!) &&
          adjacent(text, tokens[inst.end]!, seat)
        ) {
          inst.label = `${inst.label.charAt(0).toUpperCase()}${inst.label.slice(1)} in ${seat.text}`;
          inst.end += 2;
          inst.endOffset = seat.end;
        }
        if (inst) {
          const surface = text.slice(t.start, inst.endOffset);
          const start = t.key === 'the' ? tokens[i + 1]!.start : t.start;
          if (g.entry.country && INSTITUTION_COUNTRY.includes(inst.words)) {
            const country = countryEntity(ctx, g.entry.country, t.start);
            if (g.entry.kind !== 'demonym' && /^(?:leadership|government|administration|regime)$/.test(inst.words))
              country.forms.add(surface.replace(/^the\s+/i, ''));
            addMention(ctx, s, country, start, inst.endOffset, 'institution', tokens[inst.end - 1]!.possessive, t.start);
          } else if (!INSTITUTION_COUNTRY.includes(inst.words)) {
            const base = text.slice(start, last.end) + (last.possessive ? text.slice(last.end, last.end + 2) : '');
            const parent = g.entry.country ? countryEntity(ctx, g.entry.country, t.start) : undefined;
            const org = orgEntity(ctx, `${base} ${inst.label}`, kindOfOrg(inst.words) ?? g.entry.orgKind, t.start, parent ? { parent } : {});
            org.forms.add(surface.replace(/^the\s+/i, ''));
            // "American military" is also the "US military", the "United States military".
            if (g.entry.country && !last.possessive) {
              const c = g.entry.country;
              for (const form of [c.name, c.demonym, ...(c.cca2 === 'US' ? ['US', 'U.S.'] : c.cca2 === 'GB' ? ['UK', 'British'] : [])]) {
                if (form) org.knownAliases.push(`${form} ${inst.label}`);
              }
            }
            addMention(ctx, s, org, start, inst.endOffset, 'institution', tokens[inst.end - 1]!.possessive, t.start);
          } else {
            emitGazetteer(ctx, s, tokens, i, g.end, g.entry);
          }
          for (let k = i; k < inst.end; k++) gazAt.set(k, g.entry);
          i = inst.end;
          continue;
        }
      }
      emitGazetteer(ctx, s, tokens, i, g.end, g.entry);
      for (let k = i; k < g.end; k++) gazAt.set(k, g.entry);
      i = g.end;
      continue;
    }

    if (t.cap && !/^(?:the|a|an)$/.test(t.key)) {
      i = Math.max(scanRun(ctx, s, tokens, i, gazAt), i + 1);
      continue;
    }
    i++;
  }
}
