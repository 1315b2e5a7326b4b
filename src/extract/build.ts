/**
 * Found statements and entities → a dossier: actors, places and topics as entries, statements
 * with handles, spans, speakers (by name), mentions, relays, responses and topics.
 *
 * Every reference is a name that exactly one entry of the dossier answers to: an alias that two
 * entries share is dropped from both, and a name two entries share is made distinct.
 */
import { createHash } from 'node:crypto';
import type { ActorEntry, Dossier, PlaceEntry, StatementEntry, TopicEntry } from '../dossier/schema.js';
import { nameKey, slugify } from '../dossier/names.js';
import type { CleanedArticle } from './clean.js';
import type { EntityLayer, Found } from './document.js';
import type { Entity } from './registry.js';
import { dateFromWords } from './dates.js';
import { phraseKey } from './gazetteer.js';
import { familyName, familyNameFirst } from './person-names.js';
import { countBelow, sentenceHolding } from './spans.js';
import { tagStatement, taxonomyTopics } from './topics.js';
import { SYNTHETIC_URL_PREFIX } from '../dossier/urls.js';

export interface BuildInput {
  doc: EntityLayer;
  found: Found[];
  cleaned: CleanedArticle;
  url: string;
  /** Undefined when unknown: statements then get dates only from their own words. */
  publishedAt?: string;
  publisher?: string;
}

const TARGET_CUES =
  /\b(?:criticis|criticiz|attack|accus|condemn|blam|slamm?|lambast|rebuk|denounc|warn|urg|call(?:ed|s)? on|provok|irritat|threat|sanction|pressure on|against|target|punish|press(?:ed|ing)?|demand)\w*\W+(?:\w+\W+){0,3}$/i;

/** How a statement's words treat an actor they name: criticised or pressed → TARGET, else SUBJECT. */
function mentionRole(text: string, spanStart: number, mentionStart: number): 'TARGET' | 'SUBJECT' {
  const before = text.slice(Math.max(spanStart, mentionStart - 60), mentionStart);
  return TARGET_CUES.test(before) ? 'TARGET' : 'SUBJECT';
}

/**
 * The date each statement was said, in reading order: from the words of its attribution ("on
 * Monday", "last week", "in November" — not the words it reports), else the date of the
 * statement just before it in the same scene (a quote after "said on Sunday that …"), else
 * the article's day. Relays: their own words, else the article's day for "says", the year for
 * "said" / "has said".
 */
function datesSaid(doc: EntityLayer, found: Found[], articleDay: string | undefined): Map<Found, string> {
  const text = doc.text;
  const dates = new Map<Found, string>();
  // The statements by start, and the longest: only those starting that far before `from` can reach past it.
  const byStart = [...found].sort((a, b) => a.start - b.start);
  const longest = found.reduce((n, f) => Math.max(n, f.end - f.start), 0);
  const without = (from: number, to: number) => {
    let words = '';
    let at = from;
    const near = byStart.slice(
      countBelow(byStart, (x) => x.start, from - longest),
      countBelow(byStart, (x) => x.start, to),
    );
    for (const sp of near.filter((x) => x.end > from)) {
      if (sp.start > at) words += text.slice(at, sp.start);
      words += ' ';
      at = Math.max(at, sp.end);
    }
    return words + (at < to ? text.slice(at, to) : '');
  };
  let previous: Found | undefined;
  for (const f of found) {
    if (f.relayedBy) {
      // Relative to when the relaying quote was said ("told me tonight").
      const outer = dates.get(f.relayedBy);
      const base = outer && outer.length === 10 ? outer : articleDay;
      const before = text.slice(f.relayedBy.start, f.start);
      const own = dateFromWords(before.replace(/[“"‘][^”"’]*[”"’]/g, ' '), base);
      const present = f.kind !== 'DIRECT_QUOTE' && /\b(?:says|say|insists|claims|argues|believes|thinks|warns)\b[^.]{0,40}$/.test(before);
      const said = own ?? (present ? base : base?.slice(0, 4));
      if (said) dates.set(f, said);
      continue;
    }
    const sentence = sentenceHolding(doc.sentences, f.start);
    let date: string | undefined;
    if (sentence && f.cue !== 'transcript line') {
      // The attribution's words: the sentence without the statements it carries.
      const words = without(sentence.start, sentence.end);
      const head = text.slice(sentence.start, f.start);
      if (/\bat the time\b/.test(words)) {
        // The sentence just before, if it is in this paragraph or the previous one.
        const previousSentence = doc.sentences[countBelow(doc.sentences, (s) => s.start, sentence.start) - 1];
        const before = previousSentence && previousSentence.paragraph >= sentence.paragraph - 1 ? previousSentence : undefined;
        date = before ? dateFromWords(text.slice(before.start, before.end), articleDay) : undefined;
      } else if (
        f.kind !== 'DIRECT_QUOTE' &&
        /(?:\bwho\s+(?:has|have)|\b(?:has|have)\s+(?:repeatedly|often|long|always|previously))\s+(?:\w+\s+){0,2}\w+\s+(?:that\s+)?$/.test(head)
      ) {
        date = dateFromWords(head, articleDay) ?? articleDay?.slice(0, 4);
      } else {
        date = dateFromWords(words, articleDay);
      }
    }
    // No date of its own: that of the same speech — the speaker's statement just before (same or
    // previous paragraph), or the remark it replies to.
    const replies = /\b(?:replied|responded|shot back|hit back|retorted|countered|answered)\b/.test(f.cue);
    const before = previous && dates.get(previous);
    if (
      !date &&
      previous &&
      before &&
      before !== articleDay &&
      (previous.speaker === f.speaker || (replies && before.length === 10)) &&
      previous.paragraph >= f.paragraph - 1 &&
      !doc.header.has(f.paragraph)
    ) {
      date = before;
    }
    const said = date ?? articleDay;
    if (said) dates.set(f, said);
    previous = f;
  }
  return dates;
}

interface Named {
  entity?: Entity;
  section: 'actors' | 'places';
  name: string;
  aliases: string[];
}

export function buildDossier(input: BuildInput): { dossier: Dossier; refs: Map<Found, string> } {
  const { doc, found, cleaned } = input;
  const text = doc.text;
  const articleDay = input.publishedAt?.slice(0, 10);

  // Entities in the dossier: everything named, plus the publisher, authors and contributors.
  const entities = doc.registry.entities;
  const extraActors: ActorEntry[] = [];
  const findOrg = (name: string) =>
    entities.find(
      (e) =>
        e.type === 'ORGANIZATION' &&
        (phraseKey(e.name.replace(/^the /i, '')) === phraseKey(name.replace(/^the /i, '')) || e.knownAliases.some((a) => phraseKey(a) === phraseKey(name))),
    );
  const publisherEntity = input.publisher === undefined ? undefined : findOrg(input.publisher);
  const contributorEntities = cleaned.contributors.map((c) => ({ name: c, entity: findOrg(c) }));
  const authorEntities = cleaned.authors.map((a) => ({ name: a, entity: entities.find((e) => e.type === 'PERSON' && phraseKey(e.name) === phraseKey(a)) }));

  // Names, made unique.
  const named: Named[] = [];
  const nameOf = new Map<Entity, Named>();
  for (const e of entities) {
    const n: Named = { entity: e, section: e.type === 'PLACE' ? 'places' : 'actors', name: e.name, aliases: aliasesOf(e, entities) };
    named.push(n);
    nameOf.set(e, n);
  }
  // The publisher, contributors and authors not named in the text get entries of their own;
  // their references are read after the names are made unique, so that they always resolve.
  // No publisher known: none is made up.
  const publisherNamed: Named | undefined = publisherEntity
    ? nameOf.get(publisherEntity)!
    : input.publisher === undefined
      ? undefined
      : { section: 'actors' as const, name: input.publisher, aliases: [] };
  if (publisherNamed && !publisherEntity) named.push(publisherNamed);
  // The publisher keeps its own full name ("The Independent") where the text drops the article
  // ("told Independent readers"): the text's form stays an alias.
  if (publisherEntity && publisherNamed && input.publisher !== undefined && /^the\s/i.test(input.publisher) && !/^the\s/i.test(publisherNamed.name)) {
    if (phraseKey(input.publisher.replace(/^the\s/i, '')) === phraseKey(publisherNamed.name)) {
      publisherNamed.aliases = [...new Set([publisherNamed.name, ...publisherNamed.aliases])];
      publisherNamed.name = input.publisher;
    }
  }
  const contributorNamed = contributorEntities.map((c) => {
    if (c.entity) return nameOf.get(c.entity)!;
    const existing = named.find((n) => nameKey(n.name) === nameKey(c.name) && (!n.entity || n.entity.type === 'ORGANIZATION'));
    if (existing) return existing;
    const n: Named = { section: 'actors', name: c.name, aliases: [] };
    named.push(n);
    return n;
  });
  const authorNamed = authorEntities.map((a) => {
    if (a.entity) return nameOf.get(a.entity)!;
    const n: Named = { section: 'actors', name: a.name, aliases: [] };
    named.push(n);
    return n;
  });
  makeUnique(named);
  const publisherName = publisherNamed?.name;
  const journalistOf = publisherName === undefined ? [] : [{ title: 'Journalist', of: publisherName }];

  const actors: ActorEntry[] = [];
  const places: PlaceEntry[] = [];
  for (const n of named) {
    const e = n.entity;
    if (!e) continue;
    if (e.type === 'PLACE') {
      places.push({
        ...(e.id ? { id: e.id } : {}),
        name: n.name,
        aliases: n.aliases,
        ...(e.kind ? { kind: e.kind } : {}),
        claimedBy: [],
        controlledBy: e.parent && nameOf.get(e.parent) ? [nameOf.get(e.parent)!.name] : [],
      });
      continue;
    }
    const roles = e.titles
      .filter((t) => t.of && nameOf.get(t.of))
      .map((t) => ({ title: t.title, of: nameOf.get(t.of!)!.name }))
      .filter((r, i, all) => all.findIndex((x) => x.title === r.title && x.of === r.of) === i);
    actors.push({
      ...(e.id ? { id: e.id } : {}),
      type: e.type,
      name: n.name,
      aliases: n.aliases,
      ...(e.kind && e.type === 'ORGANIZATION' ? { kind: e.kind } : {}),
      // "the White House", "the Russian Foreign Ministry": a body of a state's government, not the state.
      ...(e.type === 'ORGANIZATION' && e.kind === 'government body' && e.parent?.type === 'COUNTRY'
        ? { description: `Part of the government of ${e.parent.name}.` }
        : {}),
      roles: e.type === 'PERSON' ? roles : [],
    });
  }
  for (const n of named) {
    if (n.entity) continue;
    const isAuthor = authorNamed.includes(n);
    extraActors.push(
      isAuthor
        ? {
            type: 'PERSON',
            name: n.name,
            aliases: [],
            roles: journalistOf,
            description: `Journalist; author of "${cleaned.headline.slice(0, 200)}".`,
          }
        : { type: 'ORGANIZATION', name: n.name, aliases: [], kind: n === publisherNamed ? 'news publisher' : 'news agency', roles: [] },
    );
  }
  // An author already named in the text is still the publisher's journalist.
  for (const a of authorEntities) {
    const entry = a.entity && actors.find((x) => x.name === nameOf.get(a.entity!)!.name);
    if (entry && publisherName !== undefined && !entry.roles.some((r) => r.of === publisherName)) entry.roles.push(...journalistOf);
  }
  actors.push(...extraActors);

  // Statements.
  const refs = new Map<Found, string>();
  const counters = new Map<string, number>();
  for (const f of found) {
    const base = slugify(f.speaker.type === 'PERSON' ? (f.speaker.tokens.at(-1) ?? f.speaker.name) : f.speaker.name).slice(0, 40);
    const kind = f.kind === 'DIRECT_QUOTE' ? 'quote' : f.kind === 'INDIRECT' ? 'indirect' : 'paraphrase';
    const key = `${base}-${kind}`;
    const n = (counters.get(key) ?? 0) + 1;
    counters.set(key, n);
    refs.set(f, `${key}-${n}`);
  }
  const dates = datesSaid(doc, found, articleDay);
  const relaysOf = new Map<Found, string[]>();
  for (const r of found) {
    if (!r.relayedBy) continue;
    const list = relaysOf.get(r.relayedBy);
    if (list) list.push(refs.get(r)!);
    else relaysOf.set(r.relayedBy, [refs.get(r)!]);
  }
  const responded = respondedStatements(found);
  const usedTopics = new Set<string>();
  const statements: StatementEntry[] = found.map((f) => {
    const statementText = text.slice(f.start, f.end);
    const topics = tagStatement(statementText);
    for (const t of topics) usedTopics.add(t.topic);
    const seen = new Set<Entity>([f.speaker]);
    const mentions = doc.registry
      .mentionsIn(f.start, f.end)
      .filter((m) => {
        if (seen.has(m.entity)) return false;
        seen.add(m.entity);
        return true;
      })
      .map((m) => ({ target: nameOf.get(m.entity)!.name, role: mentionRole(text, f.start, m.start), span: { start: m.start, end: m.end } }));
    const relays = relaysOf.get(f) ?? [];
    const respondsTo = responded.has(f) ? [refs.get(responded.get(f)!)!] : [];
    return {
      ref: refs.get(f)!,
      text: statementText,
      kind: f.kind,
      speaker: nameOf.get(f.speaker)!.name,
      ...(dates.has(f) ? { saidOn: dates.get(f)! } : {}),
      interpreted: f.interpreted,
      confidence: Math.round(f.confidence * 100) / 100,
      span: { start: f.start, end: f.end },
      attribution: { cue: f.cue.slice(0, 200) },
      topics,
      mentions,
      relays,
      respondsTo,
      claims: [],
    };
  });

  const topics: TopicEntry[] = taxonomyTopics(usedTopics);

  const dossier = {
    article: {
      url: input.url,
      headline: cleaned.headline,
      ...(cleaned.standfirst ? { standfirst: cleaned.standfirst } : {}),
      ...(input.publishedAt ? { publishedAt: input.publishedAt } : {}),
      language: 'en',
      text,
      ...(publisherName !== undefined ? { publisher: publisherName } : {}),
      authors: authorNamed.map((n) => n.name),
      contributors: contributorNamed.filter((n) => n !== publisherNamed).map((n) => n.name),
    },
    actors,
    places,
    topics,
    events: [],
    claims: [],
    statements,
    mentions: mentionsOf(doc),
  } satisfies Dossier;
  return { dossier, refs };
}

/**
 * "X responded that …": the statement each answer answers — the latest (own, not relayed)
 * statement before it of the person X answers, or of the latest other speaker.
 */
function respondedStatements(found: Found[]): Map<Found, Found> {
  const answers = new Map<Found, Found>();
  // Own statements by start; each speaker's, by start; and for each, the latest one before it by another speaker.
  const own = found.filter((x) => !x.relayedBy).sort((a, b) => a.start - b.start);
  const bySpeaker = new Map<Entity, Found[]>();
  const otherBefore: Array<Found | undefined> = [];
  own.forEach((x, i) => {
    const theirs = bySpeaker.get(x.speaker);
    if (theirs) theirs.push(x);
    else bySpeaker.set(x.speaker, [x]);
    const prev = own[i - 1];
    otherBefore.push(!prev ? undefined : prev.speaker !== x.speaker ? prev : otherBefore[i - 1]);
  });
  for (const f of found) {
    if (!f.responds) continue;
    const n = countBelow(own, (x) => x.start, f.start);
    // The latest earlier statement not by f's speaker.
    const latest = own[n - 1] && own[n - 1]!.speaker !== f.speaker ? own[n - 1] : n > 0 ? otherBefore[n - 1] : undefined;
    const target = f.respondsToSpeaker ?? latest?.speaker;
    if (!target || target === f.speaker) continue;
    const theirs = bySpeaker.get(target) ?? [];
    const last = theirs[countBelow(theirs, (x) => x.start, f.start) - 1];
    if (last) answers.set(f, last);
  }
  return answers;
}

/** A person's aliases: the forms seen ("Mr Lavrov", "Lavrov") and the bare surname; a country's names and metonyms. */
function aliasesOf(e: Entity, all: readonly Entity[]): string[] {
  const aliases = new Set<string>();
  for (const f of e.forms) aliases.add(f);
  for (const a of e.knownAliases) aliases.add(a);
  // A word of this person's name that is also another person's: it names neither.
  const sharedWord = (word: string) => all.some((o) => o !== e && o.type === 'PERSON' && o.tokens.some((t) => nameKey(t) === nameKey(word)));
  if (e.type === 'PERSON' && e.tokens.length >= 2) {
    // "Park Ji-won", "Xi Jinping": the family name first; "von der Leyen": particles belong to it.
    const t = e.tokens;
    const surname = familyName(t);
    if (!sharedWord(surname)) aliases.add(surname);
    // "Benita Y. Pearson" is also "Benita Pearson".
    const withoutInitials = t.filter((w, i) => i === 0 || i === t.length - 1 || !/^\p{Lu}\.?$/u.test(w));
    if (withoutInitials.length < t.length && withoutInitials.length >= 2) aliases.add(withoutInitials.join(' '));
  }
  const own = nameKey(e.name);
  return (
    [...aliases]
      .filter((a) => nameKey(a) !== own && a.length <= 200)
      .filter((a) => e.type !== 'PERSON' || (a.includes(' ') && !/^(?:mr|mrs|ms|miss|dr|sir|dame)\.?\s+\S+$/i.test(a)) || !sharedWord(a.replace(/^\S+\s+/, '')))
      .filter((a) => e.type !== 'PERSON' || a.includes(' ') || !sharedWord(a))
      .filter((a) => e.type !== 'PERSON' || !/-\p{Ll}/u.test(a) || a.includes(' '))
      // "Jinping" is not how anyone calls Xi Jinping; "He" is a pronoun before it is a name.
      .filter((a) => e.type !== 'PERSON' || !familyNameFirst(e.tokens) || a !== e.tokens[1])
      .filter((a) => e.type !== 'PERSON' || !/^(?:he|she|it|we|they|you|i)$/i.test(a))
      .slice(0, 50)
  );
}

/** Drops aliases two entries share, and renames entries whose names clash. */
function makeUnique(named: Named[]): void {
  const owners = new Map<string, Set<Named>>();
  for (const n of named) {
    for (const k of [n.name, ...n.aliases].map(nameKey)) {
      const set = owners.get(k) ?? new Set();
      set.add(n);
      owners.set(k, set);
    }
  }
  for (const n of named) n.aliases = n.aliases.filter((a) => owners.get(nameKey(a))!.size === 1);
  const names = new Map<string, Named>();
  for (const n of named) {
    let key = nameKey(n.name);
    if (names.has(key)) {
      const label = n.entity?.type === 'PLACE' ? 'place' : (n.entity?.type ?? 'organization').toLowerCase();
      n.name = `${n.name} (${label})`;
      key = nameKey(n.name);
      for (let i = 2; names.has(key); i++) {
        n.name = `${n.name} ${i}`;
        key = nameKey(n.name);
      }
    }
    names.set(key, n);
  }
}

/** The names that did not become actors or places, in text order: what a reviewer may promote. */
function mentionsOf(doc: EntityLayer): Dossier['mentions'] {
  return doc.registry.namesOnly
    .filter((n) => !doc.registry.mentionCovering(n.start, n.end))
    .sort((a, b) => a.start - b.start)
    .map((n) => ({ text: doc.text.slice(n.start, n.end), span: { start: n.start, end: n.end }, guess: n.guess, reason: n.reason }));
}

/** A stable address for an article without one: a hash of its text. */
export function syntheticUrl(text: string): string {
  return `${SYNTHETIC_URL_PREFIX}${createHash('sha256').update(text).digest('hex').slice(0, 32)}`;
}
