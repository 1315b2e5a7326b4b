/**
 * What the article names: entities (people, countries, organisations, places), each place it
 * names them (mentions), and the questions attribution asks of them — who holds the title
 * "minister", which person a bare surname is. (Whom "he" means, which depends on who has spoken,
 * is attention.ts: the statement stage's own layer.)
 */
import { phraseKey, type CountryInfo } from './gazetteer.js';
import type { Gender } from './lexicon.js';
import { countBelow } from './spans.js';

export type EntityType = 'PERSON' | 'COUNTRY' | 'ORGANIZATION' | 'PLACE';

export interface Title {
  title: string;
  of?: Entity;
}

export interface Entity {
  uid: number;
  type: EntityType;
  name: string;
  id?: string;
  /** Surface forms seen in the text (candidates for aliases). */
  forms: Set<string>;
  /** Other names known from the gazetteer. */
  knownAliases: string[];
  gender?: Gender | 'x';
  /** A person's name words. */
  tokens: string[];
  titles: Title[];
  kind?: string;
  country?: CountryInfo;
  /** For a country's institution ("US military") or a capital city: the country. */
  parent?: Entity;
  firstAt: number;
}

export type MentionHow = 'name' | 'short' | 'demonym' | 'people' | 'capital' | 'metonym' | 'institution' | 'phrase';

export interface Mention {
  start: number;
  end: number;
  entity: Entity;
  how: MentionHow;
  inQuote: boolean;
  /** The first noun phrase of its clause: whom the next "he" most likely means. */
  subject: boolean;
  possessive: boolean;
  /** Where the title phrase before the name starts ("Japan's foreign minister Taro Kono"). */
  phraseStart: number;
}

/** What a name that did not become an entity probably is (the dossier's MENTION_GUESSES). */
export type NameGuess = 'PERSON' | 'ORGANIZATION' | 'COUNTRY' | 'GROUP' | 'UNKNOWN';

/** A name found in the text that is not (yet) an entity: kept with its span and why, for review. */
export interface NameOnly {
  start: number;
  end: number;
  guess: NameGuess;
  reason: string;
}

export class Registry {
  readonly entities: Entity[] = [];
  /** Names found that are not entities: their type or identity is not clear. */
  readonly namesOnly: NameOnly[] = [];
  /** Sorted by start (equal starts in the order added). */
  readonly mentions: Mention[] = [];
  /** The longest mention so far: how far before an offset a mention covering it can start. */
  private longestMention = 0;
  private readonly byKey = new Map<string, Entity>();
  private nextUid = 1;

  create(type: EntityType, name: string, at: number, extra: Partial<Entity> = {}): Entity {
    const e: Entity = { uid: this.nextUid++, type, name, forms: new Set(), knownAliases: [], tokens: [], titles: [], firstAt: at, ...extra };
    this.entities.push(e);
    return e;
  }

  keyed(key: string, make: () => Entity): Entity {
    let e = this.byKey.get(key);
    if (!e) {
      e = make();
      this.byKey.set(key, e);
    }
    return e;
  }

  /** Makes `other` the same entity as `keep`: one name, the other's names as aliases, all mentions. */
  merge(keep: Entity, other: Entity): void {
    if (keep === other) return;
    keep.forms.add(other.name);
    for (const f of other.forms) keep.forms.add(f);
    keep.knownAliases.push(...other.knownAliases);
    for (const m of this.mentions) if (m.entity === other) m.entity = keep;
    for (const [k, e] of this.byKey) if (e === other) this.byKey.set(k, keep);
    const at = this.entities.indexOf(other);
    if (at >= 0) this.entities.splice(at, 1);
  }

  /**
   * Makes an entity no entity: its mentions by name become names kept for review, with why (unclear.ts);
   * bodies it was the parent of lose that parent.
   */
  demote(e: Entity, guess: NameGuess, reason: string): void {
    for (let i = this.mentions.length - 1; i >= 0; i--) {
      const m = this.mentions[i]!;
      if (m.entity !== e) continue;
      this.mentions.splice(i, 1);
      // An adjective ("Danish", "Soviet") names no one: nothing for a reviewer to promote.
      if (m.how !== 'demonym') this.addNameOnly({ start: m.start, end: m.end, guess, reason });
    }
    for (const [k, x] of this.byKey) if (x === e) this.byKey.delete(k);
    for (const o of this.entities) if (o.parent === e) o.parent = undefined;
    const at = this.entities.indexOf(e);
    if (at >= 0) this.entities.splice(at, 1);
  }

  /** Keeps a name that is not an entity (one per span). */
  addNameOnly(n: NameOnly): void {
    if (!this.namesOnly.some((x) => x.start === n.start && x.end === n.end)) this.namesOnly.push(n);
  }

  addMention(m: Mention): void {
    let i = this.mentions.length;
    while (i > 0 && this.mentions[i - 1]!.start > m.start) i--;
    this.mentions.splice(i, 0, m);
    this.longestMention = Math.max(this.longestMention, m.end - m.start);
  }

  /** The first mention (in order) that covers [start, end). */
  mentionCovering(start: number, end: number): Mention | undefined {
    // Only a mention starting within the longest mention's length of `end` can reach it.
    for (let i = countBelow(this.mentions, mentionStart, end - this.longestMention); i < this.mentions.length; i++) {
      const m = this.mentions[i]!;
      if (m.start > start) break;
      if (m.end >= end) return m;
    }
    return undefined;
  }

  /** The latest mention starting before `at` (and at or after `notBefore`) that `test` accepts. */
  lastMentionBefore(at: number, test: (m: Mention) => boolean, notBefore = -Infinity): Mention | undefined {
    for (let i = countBelow(this.mentions, mentionStart, at) - 1; i >= 0; i--) {
      const m = this.mentions[i]!;
      if (m.start < notBefore) break;
      if (test(m)) return m;
    }
    return undefined;
  }

  /** The mentions between two offsets. */
  mentionsIn(start: number, end: number): Mention[] {
    // Mentions are kept in order of their start: a binary search finds the first.
    let lo = 0;
    let hi = this.mentions.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.mentions[mid]!.start < start) lo = mid + 1;
      else hi = mid;
    }
    const out: Mention[] = [];
    for (let i = lo; i < this.mentions.length && this.mentions[i]!.start < end; i++) if (this.mentions[i]!.end <= end) out.push(this.mentions[i]!);
    return out;
  }

  /**
   * The person "the minister" at `at` means: the latest one holding such a title (or, in a
   * headline, the first one in the article).
   */
  byRole(at: number, noun: string, country?: Entity, forward = false): Entity | undefined {
    const same = (w: string) => w === noun || (/^spokes/.test(w) && /^spokes/.test(noun));
    const holds = (e: Entity) =>
      e.type === 'PERSON' &&
      e.titles.some(
        (t) =>
          t.title
            .toLowerCase()
            .split(/[\s-]+/)
            .some(same) &&
          (!country || !t.of || t.of === country),
      );
    if (forward) return this.entities.filter(holds).sort((a, b) => a.firstAt - b.firstAt)[0];
    return this.lastMentionBefore(at, (m) => holds(m.entity))?.entity;
  }

  /** The person a bare surname or first name at `at` means: the latest mentioned person with that name word (and sex). */
  personByWord(word: string, at: number, gender?: Gender | 'x'): Entity | undefined {
    const key = phraseKey(word);
    let candidates = this.entities.filter((e) => e.type === 'PERSON' && e.tokens.some((t) => phraseKey(t) === key));
    if (gender && gender !== 'x' && candidates.length > 1) {
      const same = candidates.filter((e) => e.gender === undefined || e.gender === 'x' || e.gender === gender);
      if (same.length > 0) candidates = same;
    }
    if (candidates.length <= 1) return candidates[0];
    const lastSeen = (e: Entity) => this.lastMentionBefore(at, (m) => m.entity === e)?.start ?? -1;
    return candidates.sort(
      (a, b) => lastSeen(b) - lastSeen(a) || Number(phraseKey(b.tokens.at(-1) ?? '') === key) - Number(phraseKey(a.tokens.at(-1) ?? '') === key),
    )[0];
  }

  personByName(full: string): Entity | undefined {
    const key = phraseKey(full);
    return this.entities.find((e) => e.type === 'PERSON' && phraseKey(e.name) === key);
  }

  /** "the ministry", "the steel association", "the Commission": the latest organisation whose name has these words. */
  orgByWords(words: string[], at: number, forward = false): Entity | undefined {
    const keys = words.map((w) => phraseKey(w).replace(/'s?$/, ''));
    const matches = (e: Entity) => {
      if (e.type !== 'ORGANIZATION') return false;
      const names = [e.name, ...e.forms, ...e.knownAliases].map((n) => phraseKey(n).replace(/'/g, ''));
      return names.some((n) => keys.every((k) => n.split(/[\s-]+/).some((w) => w === k || w === `${k}s` || `${w}s` === k)));
    };
    const before = this.lastMentionBefore(at, (m) => matches(m.entity));
    if (before) return before.entity;
    return forward ? this.entities.find(matches) : undefined;
  }
}

export const mentionStart = (m: Mention) => m.start;

const CORPORATE_SUFFIX = /\s+(?:corp|corporation|inc|incorporated|ltd|limited|co|plc|ag|sa|nv|gmbh|llc|holdings|group)\.?$/i;

export function orgKey(name: string): string {
  return `org:${phraseKey(name.replace(/^the\s+/i, '').replace(CORPORATE_SUFFIX, '')).replace(/'/g, '')}`;
}

/** An organisation for an attribution's noun phrase that named no known actor ("Small island states"). */
export function groupEntity(registry: Registry, name: string, at: number, kind?: string): Entity {
  const clean = name.replace(/^(?:the|a|an)\s+/i, '');
  const display = clean.charAt(0).toUpperCase() + clean.slice(1);
  return registry.keyed(orgKey(display), () => registry.create('ORGANIZATION', display, at, { kind }));
}

/** The kind of body an organisation word names. */
export function kindOfOrg(word: string): string | undefined {
  if (
    /ministry|department|office|agency|commission|council|administration|secretariat|treasury|embassy|consulate|mission|cabinet|bureau|directorate/.test(word)
  )
    return 'government body';
  if (/army|navy|forces|guard|corps|military|troops|marines/.test(word)) return 'military';
  if (/party/.test(word)) return 'political party';
  if (/union|trust|association|league|federation/.test(word)) return 'association';
  return undefined;
}
