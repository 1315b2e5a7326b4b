/**
 * Names the gazetteer knows, in the text: the longest gazetteer phrase at a token, a country or
 * body with an institution after it ("US military", "Russian foreign ministry"), and the entity
 * each kind of entry makes — a capital after "in" is the city, acting it is the government.
 */
import { GAZ_FIRST_WORDS, GAZETTEER, MAX_GAZ_TOKENS, phraseKey, type GazEntry } from './gazetteer.js';
import { NOT_NAME_WORDS, isTitleModifier, wordTags } from './lexicon.js';
import type { Sentence } from './paragraphs.js';
import { adjacent, type Token } from './tokens.js';
import { type ScanContext, countryEntity, placeEntity, orgEntity, addMention } from './entity-scan.js';

export const LOCATIVE = new Set([
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
export const MOVEMENT = new Set([
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
export const INSTITUTION_ORG = [
  'military',
  'army',
  'navy',
  'air force',
  // Not "forces", "troops": soldiers, a group of people, not a body with a name ("Soviet troops").
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
export const INSTITUTION_COUNTRY = ['leadership', 'government', 'administration', 'authorities', 'officials', 'side', 'regime', 'state'];
export const INSTITUTIONS = [...INSTITUTION_ORG, ...INSTITUTION_COUNTRY].sort((a, b) => b.split(' ').length - a.split(' ').length);

/** The longest gazetteer phrase starting at token i, checked for capitalisation. */
export function gazetteerAt(text: string, tokens: Token[], i: number): { entry: GazEntry; end: number } | undefined {
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

/** A lower-case noun right after token `at - 1` ("equipment", "strike"), not a verb or a function word. */
function nounAfter(text: string, tokens: Token[], at: number): boolean {
  const t = tokens[at];
  if (!t || t.cap || !adjacent(text, tokens[at - 1]!, t) || /(?:ed|ing|ly)$/.test(t.key) || NOT_NAME_WORDS.has(t.key)) return false;
  return !wordTags(t.key).some((tag) => /Tense|Verb|Modal|Copula|Infinitive|Preposition|Conjunction|Determiner|Adverb|Pronoun/.test(tag));
}

/** An institution word after a country or body: "military", "foreign ministry", "climate secretariat" (one free modifier). */
export function institutionAt(text: string, tokens: Token[], from: number): { words: string; label: string; end: number; endOffset: number } | undefined {
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
      // "American military equipment", "a US military strike": "military" is an adjective there.
      if (inst === 'military' && nounAfter(text, tokens, end)) return undefined;
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

export function emitGazetteer(ctx: ScanContext, s: Sentence, tokens: Token[], i: number, end: number, entry: GazEntry): void {
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
