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
 */
import nlp from 'compromise';
import { GAZ_FIRST_WORDS, GAZETTEER, MAX_GAZ_TOKENS, phraseKey, type CountryInfo, type GazEntry } from './gazetteer.js';
import {
  HONORIFICS,
  NOT_NAME_WORDS,
  ORG_WORDS,
  PLACE_WORDS,
  ROLE_NOUNS,
  SPEECH_VERB_SET,
  TITLE_WORDS,
  NAME_LEAD_WORDS,
  TITLE_GENDER,
  firstNameGender,
  isCommonWord,
  isTitleModifier,
  type Gender,
} from './lexicon.js';
import type { Paragraph, Sentence } from './paragraphs.js';
import type { Quote } from './quotes.js';
import { adjacent, tokenize, type Token } from './tokens.js';
import { CHINESE_SURNAMES, familyNameFirst } from './person-names.js';
import { kindOfOrg, orgKey, Registry, type Entity, type Mention, type MentionHow } from './registry.js';
import { countBelow, lastQuoteClosingIn, quoteAround } from './spans.js';

const NAME_CONNECTORS = new Set(['de', 'van', 'von', 'bin', 'al', 'da', 'di', 'du', 'la', 'le', 'del', 'der', 'ibn', 'abu', 'dos', 'das', 'el', 'ter', 'ten']);
const OF_CONNECTORS = new Set(['of', 'for', 'and', 'on', 'in']);
const LOCATIVE = new Set([
  'in',
  'at',
  'near',
  'outside',
  'inside',
  'across',
  'around',
  'into',
  'within',
  'throughout',
  'visit',
  'visited',
  'visiting',
  'visits',
  'toured',
  'reached',
  'downtown',
  'central',
  'based',
  'streets',
  'mayor',
  'airport',
  'via',
]);
const MOVEMENT = new Set([
  'flew',
  'fly',
  'flying',
  'travel',
  'travelled',
  'traveled',
  'travelling',
  'traveling',
  'trip',
  'visit',
  'journey',
  'went',
  'go',
  'going',
  'came',
  'come',
  'returned',
  'return',
  'returning',
  'headed',
  'heading',
  'moved',
  'arrived',
  'arriving',
  'arrive',
  'fled',
  'flights',
  'flight',
  'route',
  'road',
  'way',
  'back',
  'diverted',
]);
const INSTITUTION_ORG = [
  'military',
  'army',
  'navy',
  'air force',
  'armed forces',
  'forces',
  'troops',
  'embassy',
  'foreign ministry',
  'defence ministry',
  'defense ministry',
  'interior ministry',
  'finance ministry',
  'economy ministry',
  'trade ministry',
  'justice ministry',
  'health ministry',
  'unification ministry',
  'ministry',
  'intelligence',
  'state media',
  'central bank',
  'coast guard',
  'defence department',
  'defense department',
  'foreign office',
  'parliament',
  'police',
  'security services',
  'special forces',
  'marines',
  'climate secretariat',
  'secretariat',
  'treasury',
  'delegation',
  'mission',
  'consulate',
  'trade office',
  'negotiating team',
  'team',
  'agency',
  'commission',
  'council',
  'committee',
  'office',
  'department',
  'cabinet',
];
const INSTITUTION_COUNTRY = ['leadership', 'government', 'administration', 'authorities', 'officials', 'side', 'regime', 'state'];
const INSTITUTIONS = [...INSTITUTION_ORG, ...INSTITUTION_COUNTRY].sort((a, b) => b.split(' ').length - a.split(' ').length);
const DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'former', 'then', 'new', 'top', 'unnamed', 'anonymous']);
/** Words in a title phrase that are not part of the title itself. */
const NOT_IN_TITLE = /^(?:the|a|an|of|for|his|her|its|their|former|then|ex|acting|top|senior|unnamed|anonymous|us|u\.s\.)$/i;
/** What a body is, after its name: "the ABVV union", "the Liberal party". */
const BODY_SUFFIX =
  /^(?:union|unions|party|group|company|federation|association|alliance|coalition|movement|council|committee|ministry|agency|network|foundation|institute|league|syndicate|confederation|trust|board|authority)$/;
/** What a body is, before its name: "the shipping company Medline", "the broadcaster Deutsche Welle". */
const DESCRIPTORS =
  /^(?:company|firm|group|carrier|airline|bank|lender|insurer|retailer|carmaker|automaker|manufacturer|maker|operator|broadcaster|newspaper|tabloid|daily|magazine|agency|charity|union|party|club|startup|start-up|conglomerate|giant|developer|miner|utility|regulator|watchdog|consultancy|outlet|network|channel|platform|chain|supermarket|shipper|exporter|importer|fund|investor|organisation|organization|association|federation|campaign|movement|coalition|alliance|institute|university|foundation)$/;
interface ScanContext {
  text: string;
  registry: Registry;
  inQuote: (offset: number) => boolean;
  quotes: readonly Quote[];
  /** Sentence-level compromise verdicts, computed only when needed. */
  compromisePeople: Map<number, string[]>;
  /** Spans that name no one (wire datelines: "SEOUL, South Korea (AP) —"). */
  skip: ReadonlyArray<{ start: number; end: number }>;
  paragraphStarts: number[];
  /** Work that needs every mention of the sentence (appositive titles). */
  pending: Array<() => void>;
}

function titleCase(words: string): string {
  return words
    .split(/\s+/)
    .map((w, i) =>
      i > 0 && /^(?:of|for|and|the|on|in|at)$/i.test(w)
        ? w.toLowerCase()
        : /^[\p{Lu}\d]+$/u.test(w) && w.length <= 4
          ? w
          : w.charAt(0).toUpperCase() + w.slice(1).toLowerCase(),
    )
    .join(' ');
}

/** The longest gazetteer phrase starting at token i, checked for capitalisation. */
function gazetteerAt(text: string, tokens: Token[], i: number): { entry: GazEntry; end: number } | undefined {
  const longest = GAZ_FIRST_WORDS.get(tokens[i]!.key);
  if (longest === undefined) return undefined;
  for (let n = Math.min(longest, MAX_GAZ_TOKENS, tokens.length - i); n >= 1; n--) {
    let ok = true;
    for (let k = i; k < i + n - 1; k++) {
      if (tokens[k]!.possessive || !adjacent(text, tokens[k]!, tokens[k + 1]!)) {
        ok = false;
        break;
      }
    }
    if (!ok) continue;
    const surface = text.slice(tokens[i]!.start, tokens[i + n - 1]!.end);
    const entry = GAZETTEER.get(phraseKey(surface));
    if (!entry) continue;
    if (entry.exact && surface !== entry.exact) continue;
    const first = tokens[i]!;
    const lowerStartOk = (entry.kind === 'region' && n >= 2) || first.key === 'the' || first.key === 'al';
    if (!first.cap && !lowerStartOk) continue;
    if (!tokens.slice(i, i + n).some((t) => t.cap)) continue;
    return { entry, end: i + n };
  }
  return undefined;
}

function isCountryLike(e: GazEntry | undefined): boolean {
  return !!e && (e.kind === 'country' || e.kind === 'demonym' || e.kind === 'capital' || e.kind === 'people' || e.kind === 'metonym');
}

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
    skip,
    paragraphStarts: paragraphs.map((p) => p.start),
    pending: [],
  };
  for (const s of sentences) {
    scanSentence(ctx, s);
    for (const task of ctx.pending.splice(0)) task();
  }
  lateSurnames(ctx, sentences);
  sameThingNames(ctx, sentences);
  return registry;
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

function countryEntity(ctx: ScanContext, info: CountryInfo, at: number): Entity {
  return ctx.registry.keyed(info.id, () =>
    ctx.registry.create('COUNTRY', info.name, at, { id: info.id, country: info, knownAliases: info.official ? [info.official] : [] }),
  );
}

function placeEntity(ctx: ScanContext, name: string, kind: string | undefined, at: number, extra: Partial<Entity> = {}): Entity {
  return ctx.registry.keyed(`place:${phraseKey(name)}`, () => ctx.registry.create('PLACE', name, at, { kind, ...extra }));
}

function orgEntity(ctx: ScanContext, name: string, kind: string | undefined, at: number, extra: Partial<Entity> = {}): Entity {
  const clean = name.replace(/^the\s+/i, '');
  return ctx.registry.keyed(orgKey(clean), () => ctx.registry.create('ORGANIZATION', clean, at, { kind, ...extra }));
}

/** Where the clause that contains offset `at` starts: the sentence, or just after a quotation closing in it. */
function clauseStart(ctx: ScanContext, s: Sentence, at: number): number {
  let start = s.start;
  for (const d of ctx.skip) if (d.start <= start && start < d.end) start = d.end;
  const closed = lastQuoteClosingIn(ctx.quotes, s.start, at);
  return closed ? Math.max(start, closed.close + 1) : start;
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
        while (k + 1 < tokens.length && tokens[k + 1]!.cap && !tokens[k]!.possessive && adjacent(text, tokens[k]!, tokens[k + 1]!)) k++;
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

/** An institution word after a country or body: "military", "foreign ministry", "climate secretariat" (one free modifier). */
function institutionAt(text: string, tokens: Token[], from: number): { words: string; label: string; end: number; endOffset: number } | undefined {
  const matchAt = (at: number, inst: string) => {
    const words = inst.split(' ');
    if (at + words.length > tokens.length) return false;
    for (let k = 0; k < words.length; k++) {
      const tok = tokens[at + k]!;
      if (tok.key !== words[k] || tok.cap) return false;
      const prev = tokens[at + k - 1]!;
      if (!adjacent(text, prev, tok) && !(k === 0 && at === from && prev.possessive && /^['’]s $/.test(text.slice(prev.end, tok.start)))) return false;
    }
    return true;
  };
  for (const inst of INSTITUTIONS) {
    if (matchAt(from, inst)) {
      const end = from + inst.split(' ').length;
      return { words: inst, label: inst, end, endOffset: tokens[end - 1]!.end };
    }
  }
  // One lower-case modifier before an organisation word: "UN climate secretariat".
  const mod = tokens[from];
  // Not a participle ("American strengthened military presence"): a noun or adjective.
  if (
    mod &&
    !mod.cap &&
    !/(?:ed|ing)$/.test(mod.key) &&
    isTitleModifier(mod.text) &&
    !NOT_NAME_WORDS.has(mod.key) &&
    !tokens[from - 1]!.possessive &&
    adjacent(text, tokens[from - 1]!, mod)
  ) {
    for (const inst of INSTITUTION_ORG.filter((x) => !x.includes(' '))) {
      if (matchAt(from + 1, inst)) {
        const end = from + 2;
        return { words: inst, label: `${mod.text} ${inst}`, end, endOffset: tokens[end - 1]!.end };
      }
    }
  }
  return undefined;
}

function emitGazetteer(ctx: ScanContext, s: Sentence, tokens: Token[], i: number, end: number, entry: GazEntry): void {
  const { text } = ctx;
  const start = tokens[i]!.start;
  const stop = tokens[end - 1]!.end;
  const surface = text.slice(start, stop);
  const possessive = tokens[end - 1]!.possessive;
  switch (entry.kind) {
    case 'country':
    case 'metonym':
    case 'people': {
      const e = countryEntity(ctx, entry.country!, start);
      e.forms.add(surface.replace(/^the\s+/i, ''));
      addMention(ctx, s, e, start, stop, entry.kind === 'people' ? 'people' : entry.kind === 'metonym' ? 'metonym' : 'name', possessive, start);
      return;
    }
    case 'demonym': {
      const e = countryEntity(ctx, entry.country!, start);
      addMention(ctx, s, e, start, stop, 'demonym', possessive, start);
      return;
    }
    case 'capital': {
      const prev = tokens[i - 1];
      const prev2 = tokens[i - 2];
      const locative =
        (prev && LOCATIVE.has(prev.key)) ||
        (prev && (prev.key === 'to' || prev.key === 'from') && prev2 && MOVEMENT.has(prev2.key)) ||
        text.slice(stop, stop + 6) === '-based';
      const country = countryEntity(ctx, entry.country!, start);
      if (locative) {
        // Captioned by its name: if the country is also called by it in this article, the
        // dossier keeps the name for the city and drops the shared alias (build.ts).
        const place = placeEntity(ctx, entry.name, 'city', start, {
          id: `place:${phraseKey(entry.name)
            .replace(/[^a-z0-9]+/g, '-')
            .replace(/^-|-$/g, '')}`,
          parent: country,
        });
        // No alias "Moscow" for the city: the bare name is the government's (the country's alias).
        addMention(ctx, s, place, start, stop, 'name', possessive, start);
      } else {
        country.forms.add(surface);
        addMention(ctx, s, country, start, stop, 'capital', possessive, start);
      }
      return;
    }
    case 'city':
    case 'region':
    case 'territory': {
      const e = placeEntity(ctx, entry.name, entry.placeKind, start);
      e.forms.add(surface.replace(/^the\s+/i, ''));
      addMention(ctx, s, e, start, stop, 'name', possessive, start);
      return;
    }
    case 'org': {
      const parent = entry.country ? countryEntity(ctx, entry.country, start) : undefined;
      const e = orgEntity(ctx, entry.name, entry.orgKind, start, { knownAliases: entry.aliases ?? [], ...(parent ? { parent } : {}) });
      e.forms.add(surface.replace(/^the\s+/i, ''));
      addMention(ctx, s, e, start, stop, 'name', possessive, start);
      return;
    }
  }
}

function addMention(
  ctx: ScanContext,
  s: Sentence,
  entity: Entity,
  start: number,
  end: number,
  how: MentionHow,
  possessive: boolean,
  phraseStart: number,
): Mention {
  const inQuote = ctx.inQuote(start);
  const m: Mention = { start, end, entity, how, inQuote, subject: false, possessive, phraseStart };
  if (!possessive && how !== 'demonym') {
    // The subject: nothing but a title phrase (or "But", "In a statement,") before the name.
    const from = clauseStart(ctx, s, start);
    const before = ctx.text.slice(from, phraseStart);
    // A place is never the subject that speaks ("Speaking in Berlin, Scholz said").
    m.subject =
      !inQuote &&
      entity.type !== 'PLACE' &&
      /^[\s,“"‘'(—–-]*(?:(?:But|And|However|Meanwhile|Instead|Still|Yet|Now)\s*,?\s*)?(?:[^,;:“”"]{1,90},\s*)?(?:the |a |an )?(?:(?!(?:that|which|who|and|but|or|adding|saying|said|says|as|while|after|before)\b)[\p{Ll}-]+ ){0,3}$/iu.test(
        before,
      );
  }
  ctx.registry.addMention(m);
  return m;
}

/** "J.K." or the "A." of "Margaret A. Kowalczyk": a name's initials. */
function isInitial(text: string, t: Token): boolean {
  return /^(?:\p{Lu}\.){2,3}$/u.test(t.text) || (/^\p{Lu}$/u.test(t.text) && text[t.end] === '.');
}

/** Whether a token is the head noun of a title ("Minister", "spokeswoman", "leader"). */
function isRoleHead(t: Token): boolean {
  return ROLE_NOUNS.has(t.key) || t.key === 'counterpart';
}

/**
 * A capitalised run from token i: an organisation, a place or a person. Returns the index of
 * the first token after it.
 */
function scanRun(ctx: ScanContext, s: Sentence, tokens: Token[], i: number, gazAt?: Map<number, GazEntry>): number {
  const { text } = ctx;
  let j = i;
  for (;;) {
    if (j + 1 >= tokens.length) break;
    const cur = tokens[j]!;
    const next = tokens[j + 1]!;
    // "Supporters’ Trust": a plural possessive inside a name.
    const pluralPossessive = cur.possessive && /s$/.test(cur.text) && /^['’] $/.test(text.slice(cur.end, next.start)) && next.cap;
    if (!pluralPossessive && (cur.possessive || !adjacent(text, cur, next))) break;
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
    const runWords = tokens.slice(i, j + 1).map((t) => t.key);
    const orgOrPlaceSoFar = runWords.some((w) => ORG_WORDS.has(w) || PLACE_WORDS.has(w) || w === 'republic' || w === 'university');
    if (OF_CONNECTORS.has(next.key) && next.key !== 'and' && after?.cap && adjacent(text, next, after) && orgOrPlaceSoFar) {
      j += 2;
      continue;
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
  // "Hoshikawa said", after "Hoshikawa Motor Corp": an organisation's short name.
  if (nameToks.length === 1 && !honorific && allTitle.length === 0) {
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
const TITLE_BODY = /^(?:ministry|department|embassy|commission|bureau|secretariat)$/;

/** The country a passage is about: the latest country that was a subject, in this paragraph or the one before. */
function countryOfPassage(ctx: ScanContext, at: number): CountryInfo | undefined {
  const paragraphStart = ctx.paragraphStarts[countBelow(ctx.paragraphStarts, (p) => p, at + 1) - 2] ?? 0;
  return ctx.registry.lastMentionBefore(at, (m) => m.subject && m.entity.type === 'COUNTRY', paragraphStart)?.entity.country;
}

/** "commerce ministry" inside a title: the ministry of the country named or talked about ("Chinese Commerce Ministry"). */
function ministryOf(ctx: ScanContext, s: Sentence, first: Token, last: Token, words: string[], country: CountryInfo | undefined): Entity {
  const info = country ?? countryOfPassage(ctx, first.start);
  const surface = ctx.text.slice(first.start, last.end);
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

/** An organisation or place whose name ends in (or has before "of") the word `head`. */
function emitNamed(ctx: ScanContext, s: Sentence, tokens: Token[], from: number, to: number, head: string, end: number): number {
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

function addTitle(person: Entity, title: string, of: Entity | undefined): void {
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
function appositiveTitle(ctx: ScanContext, s: Sentence, person: Entity, tokens: Token[], first: number, last: number): void {
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

function knownPerson(registry: Registry, nameToks: Token[]): Entity | undefined {
  if (nameToks.length >= 2) return registry.personByName(nameToks.map((t) => t.text).join(' '));
  const key = nameToks[0]!.key;
  return registry.entities.find((e) => e.type === 'PERSON' && e.tokens.some((t) => phraseKey(t) === key));
}

/** "Scholz said", "Blinken told": a speech verb (after an auxiliary) right after token i. */
function speechVerbRightAfter(text: string, tokens: Token[], i: number): boolean {
  const m = /^\s+(?:has |had |also |then |later |again )?(\p{Ll}+)/u.exec(text.slice(tokens[i]!.end, tokens[i]!.end + 40));
  return !!m && !tokens[i]!.possessive && SPEECH_VERB_SET.has(m[1]!);
}

/** "…, said John Smith", "John Smith, 45, said", "John Smith told": a speaker's name. */
function speechCueAround(text: string, tokens: Token[], first: number, last: number): boolean {
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

function compromiseSaysPerson(ctx: ScanContext, s: Sentence, nameToks: Token[]): boolean {
  if (nameToks.some((t) => isCommonWord(t.text))) return false;
  let people = ctx.compromisePeople.get(s.start);
  if (!people) {
    people = (nlp(s.text).people().out('array') as string[]).map((p) => phraseKey(p.replace(/['’]s$/, '').replace(/[^\p{L}\p{N}\s'’.-]/gu, ' ')));
    ctx.compromisePeople.set(s.start, people);
  }
  const name = phraseKey(nameToks.map((t) => t.text).join(' '));
  return people.some((p) => p.includes(name));
}

function registerPerson(ctx: ScanContext, nameToks: Token[], at: number, honorific: Gender | 'x' | undefined): Entity {
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
