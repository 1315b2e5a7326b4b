/**
 * The synthetic corpus: a deterministic world (countries with their heads of state and foreign
 * ministers, officials, journalists, publishers, places, topics in a hierarchy, claims) and a
 * stream of dossiers about it, one article each, in date order over ten years.
 *
 * Speakers and mentions follow Zipf-like laws over a "prominence" order (heads of state and
 * foreign ministers of the first countries first), so a few actors speak and are named far
 * more than the rest. Statements mix the three kinds, relay and answer each other (inside an
 * article by handle, across articles by `statement:` id), affirm and deny shared claims (an
 * actor's side on a claim is fixed, so different actors contradict each other), carry topics
 * with a stance and sometimes an event.
 *
 * Every dossier is self-contained except for the statements it answers in earlier articles:
 * each entity it refers to is listed in it with an explicit id, so ingest resolves everything
 * by id (index seeks) and never needs a name lookup.
 */
import { statementId } from '../dossier/ids.js';
import { slugify } from '../dossier/names.js';
import type { Dossier } from '../dossier/schema.js';
import { Rng, Zipf, hash32 } from './prng.js';

export const SIZES = {
  XS: { statements: 300, articles: 40, actors: 80, topics: 10, claims: 20, places: 8, publishers: 4 },
  S: { statements: 10_000, articles: 1_000, actors: 400, topics: 20, claims: 500, places: 20, publishers: 10 },
  M: { statements: 100_000, articles: 10_000, actors: 2_000, topics: 60, claims: 5_000, places: 100, publishers: 20 },
  L: { statements: 1_000_000, articles: 100_000, actors: 20_000, topics: 200, claims: 50_000, places: 500, publishers: 40 },
} as const;

export type SizeName = keyof typeof SIZES;
export type Scale = { statements: number; articles: number; actors: number; topics: number; claims: number; places: number; publishers: number };

/** A scale with `statements` overridden: articles and claims follow, the rest stays. */
export function scaleFor(size: SizeName, statements?: number): Scale {
  const base = SIZES[size];
  if (!statements) return { ...base };
  const ratio = statements / base.statements;
  return { ...base, statements, articles: Math.max(1, Math.round(base.articles * ratio)), claims: Math.max(5, Math.round(base.claims * ratio)) };
}

type ActorType = 'PERSON' | 'COUNTRY' | 'ORGANIZATION';
interface Actor {
  id: string;
  type: ActorType;
  name: string;
  aliases: string[];
  kind?: string;
  roles: Array<{ title: string; of: string; from?: string }>;
}
interface Place {
  id: string;
  name: string;
  kind: string;
  controlledBy: string;
}
interface Topic {
  id: string;
  name: string;
  parent?: string;
}
interface Claim {
  id: string;
  text: string;
}

const GIVEN = [
  'Anna',
  'Boris',
  'Carla',
  'David',
  'Elena',
  'Farid',
  'Grace',
  'Hiro',
  'Ines',
  'Jonas',
  'Kemal',
  'Lena',
  'Mateo',
  'Nadia',
  'Omar',
  'Priya',
  'Quentin',
  'Rosa',
  'Sven',
  'Tara',
  'Umar',
  'Vera',
  'Wei',
  'Ximena',
  'Yusuf',
  'Zofia',
  'Amara',
  'Bao',
  'Chen',
  'Dmitri',
  'Eva',
  'Femi',
  'Goran',
  'Hana',
  'Ivan',
  'Jia',
  'Kofi',
  'Lars',
  'Mina',
  'Nikos',
];
const ONSET = ['b', 'd', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'z', 'br', 'dr', 'kr', 'st', 'tr', 'g', 'h', 'f'];
const VOWEL = ['a', 'e', 'i', 'o', 'u', 'ai', 'ei', 'ou'];
const COUNTRY_SUFFIX = ['ia', 'land', 'stan', 'ova', 'ar', 'en', 'ica', 'uria'];
const ISSUES = [
  'missile defence',
  'trade tariffs',
  'border security',
  'energy supplies',
  'fishing rights',
  'climate finance',
  'refugee policy',
  'sanctions',
  'nuclear programme',
  'water rights',
  'arms control',
  'cyber security',
  'shipping lanes',
  'grain exports',
  'debt relief',
  'election monitoring',
  'peacekeeping',
  'airspace',
  'visa regime',
  'pipeline construction',
];
const REGIONS = [
  'the Arctic',
  'the Baltic',
  'the Black Sea region',
  'the Sahel',
  'the South China Sea',
  'the Korean Peninsula',
  'the Horn of Africa',
  'the Caucasus',
  'the Balkans',
  'the Gulf',
  'Central Asia',
  'the Andes',
  'the Mekong basin',
  'the Levant',
  'the Pacific islands',
];
const PLACE_KINDS = ['city', 'island', 'region', 'port', 'strait'];
const EVENT_KINDS = ['summit', 'talks', 'press conference', 'state visit', 'ministerial meeting'];
const STANCE_OPENERS = {
  SUPPORT: ['We fully support progress on', 'Our government backs the agreement on', 'We welcome the steps taken on'],
  OPPOSE: ['We reject the proposals on', 'We will not accept any decision on', 'We firmly oppose the plans for'],
  CONCERN: ['We are deeply concerned about', 'There is growing alarm over', 'We are worried by the situation regarding'],
  NEUTRAL: ['We are following developments on', 'Talks continue on', 'We have discussed'],
} as const;
const TAILS = [
  'this week',
  'in the coming months',
  'without delay',
  'as a matter of principle',
  'after long consultations',
  'with our partners',
  'at the next round of talks',
  'for the sake of regional stability',
];
const STANCE_LIST = ['SUPPORT', 'OPPOSE', 'CONCERN', 'NEUTRAL'] as const;

const START = Date.UTC(2015, 0, 1);
const DAYS = 3653; // ten years

export interface World {
  actors: Actor[];
  /** Actors by prominence: who speaks (people) and who is named (countries and people). */
  speakers: Actor[];
  mentionables: Array<Actor | Place>;
  journalists: Actor[];
  publishers: Actor[];
  places: Place[];
  topics: Topic[];
  claims: Claim[];
}

function word(rng: Rng, syllables: number): string {
  let w = '';
  for (let i = 0; i < syllables; i++) w += rng.pick(ONSET) + rng.pick(VOWEL);
  return w.charAt(0).toUpperCase() + w.slice(1);
}

/** A unique name (by slug) drawn from `make`. */
function unique(used: Set<string>, make: () => string): string {
  for (;;) {
    const name = make();
    const slug = slugify(name);
    if (!used.has(slug)) {
      used.add(slug);
      return name;
    }
  }
}

export function buildWorld(scale: Scale, rng: Rng): World {
  const used = new Set<string>();
  const countryCount = Math.min(190, Math.max(6, Math.round(scale.actors * 0.1)));
  const countries: Actor[] = [];
  for (let i = 0; i < countryCount; i++) {
    const name = unique(used, () => word(rng, 2) + rng.pick(COUNTRY_SUFFIX));
    const capital = unique(used, () => word(rng, 2) + (rng.chance(0.5) ? 'grad' : 'ville'));
    countries.push({ id: `country:${slugify(name)}`, type: 'COUNTRY', name, aliases: [capital], roles: [] });
  }
  const person = (title: string, of: Actor | undefined): Actor => {
    const name = unique(used, () => `${rng.pick(GIVEN)} ${word(rng, rng.int(2, 3))}`);
    const surname = name.split(' ')[1]!;
    return { id: `person:${slugify(name)}`, type: 'PERSON', name, aliases: [surname], roles: of ? [{ title, of: of.id }] : [] };
  };
  const heads = countries.map((c) => person('President', c));
  const ministers = countries.map((c) => person('Foreign Minister', c));
  const publishers: Actor[] = [];
  for (let i = 0; i < scale.publishers; i++) {
    const name = unique(used, () => `The ${word(rng, 2)} ${rng.pick(['Times', 'Herald', 'Post', 'Courier', 'Observer', 'Tribune'])}`);
    publishers.push({ id: `org:${slugify(name)}`, type: 'ORGANIZATION', name, aliases: [], kind: 'news publisher', roles: [] });
  }
  const orgCount = Math.max(4, Math.round(scale.actors * 0.05));
  const orgs: Actor[] = [];
  for (let i = 0; i < orgCount; i++) {
    const name = unique(used, () => `${word(rng, 2)} ${rng.pick(['Alliance', 'Council', 'Union', 'Institute', 'Movement', 'Agency'])}`);
    orgs.push({
      id: `org:${slugify(name)}`,
      type: 'ORGANIZATION',
      name,
      aliases: [],
      kind: rng.pick(['intergovernmental', 'think tank', 'ngo', 'government agency']),
      roles: [],
    });
  }
  const journalists: Actor[] = [];
  for (let i = 0; i < Math.max(4, Math.round(scale.actors * 0.02)); i++) journalists.push(person('Correspondent', rng.pick(publishers)));
  const rest = scale.actors - countries.length * 3 - publishers.length - orgs.length - journalists.length;
  const officials: Actor[] = [];
  for (let i = 0; i < Math.max(0, rest); i++) {
    officials.push(
      person(rng.pick(['Spokesperson', 'Ambassador', 'Defence Minister', 'Prime Minister', 'Opposition leader']), rng.pick(rng.chance(0.8) ? countries : orgs)),
    );
  }

  // Prominence: the first countries' heads of state and foreign ministers lead.
  const speakers: Actor[] = [];
  for (let i = 0; i < countries.length; i++) speakers.push(heads[i]!, ministers[i]!);
  speakers.splice(Math.min(speakers.length, 40), 0, ...officials, ...orgs);
  const places: Place[] = [];
  for (let i = 0; i < scale.places; i++) {
    const name = unique(used, () => `${word(rng, 2)} ${rng.pick(['Island', 'Bay', 'Valley', 'Strait', 'Heights'])}`);
    places.push({ id: `place:${slugify(name)}`, name, kind: rng.pick(PLACE_KINDS), controlledBy: rng.pick(countries).id });
  }
  const mentionables: Array<Actor | Place> = [];
  for (let i = 0; i < countries.length; i++) mentionables.push(countries[i]!, heads[i]!);
  mentionables.splice(Math.min(mentionables.length, 30), 0, ...ministers, ...places, ...orgs, ...officials);

  const topics: Topic[] = [];
  const roots = Math.max(3, Math.round(scale.topics / 10));
  for (let i = 0; i < scale.topics; i++) {
    const name = unique(used, () =>
      i < roots ? `${rng.pick(ISSUES)} (${rng.pick(REGIONS)})` : `${rng.pick(ISSUES)} in ${rng.pick(REGIONS)}: ${word(rng, 2)} question`,
    );
    const upper = name.charAt(0).toUpperCase() + name.slice(1);
    topics.push({ id: `topic:${slugify(upper)}`, name: upper, parent: i < roots ? undefined : topics[rng.int(0, roots - 1)]!.id });
  }
  const claims: Claim[] = [];
  for (let i = 0; i < scale.claims; i++) {
    const text = `${rng.pick(countries).name} is ${rng.pick(['violating', 'honouring', 'undermining', 'preparing to leave', 'expanding'])} the ${word(rng, 2)} agreement on ${rng.pick(ISSUES)}`;
    claims.push({ id: `claim:c${i}-${slugify(text).slice(0, 60)}`.replace(/-+$/, ''), text });
  }
  return {
    actors: [...countries, ...heads, ...ministers, ...publishers, ...orgs, ...journalists, ...officials],
    speakers,
    mentionables,
    journalists,
    publishers,
    places,
    topics,
    claims,
  };
}

/** Day offsets (0..DAYS-1) of article i of n: weekdays busier, a slow growth, news bursts. */
function dayWeights(rng: Rng): Float64Array {
  const w = new Float64Array(DAYS);
  let total = 0;
  let burst = 0;
  for (let d = 0; d < DAYS; d++) {
    const weekday = new Date(START + d * 86_400_000).getUTCDay();
    if (burst <= 0 && rng.chance(0.01)) burst = rng.int(3, 14);
    const v = (weekday === 0 || weekday === 6 ? 0.45 : 1) * (0.7 + (0.6 * d) / DAYS) * (burst-- > 0 ? 2.5 : 1);
    total += v;
    w[d] = total;
  }
  for (let d = 0; d < DAYS; d++) w[d]! /= total;
  return w;
}

function dayOf(cumulative: Float64Array, q: number): number {
  let lo = 0;
  let hi = DAYS - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (cumulative[mid]! < q) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const iso = (ms: number) => new Date(ms).toISOString();

interface Recent {
  id: string;
  speaker: string;
}

/** The corpus, one dossier at a time (nothing is kept but a window of recent statements and events). */
export function* generateCorpus(scale: Scale, seed: number): Generator<Dossier> {
  const rng = new Rng(seed);
  const world = buildWorld(scale, rng);
  const days = dayWeights(rng);
  const speakerLaw = new Zipf(world.speakers.length, 1.05);
  const mentionLaw = new Zipf(world.mentionables.length, 1.0);
  const topicLaw = new Zipf(world.topics.length, 0.9);
  const claimLaw = new Zipf(world.claims.length, 0.8);
  const publisherLaw = new Zipf(world.publishers.length, 0.7);
  const actorById = new Map(world.actors.map((a) => [a.id, a]));
  const placeById = new Map(world.places.map((p) => [p.id, p]));
  const topicById = new Map(world.topics.map((t) => [t.id, t]));
  const recent: Recent[] = []; // ring of earlier statements, for cross-article responses
  let recentAt = 0;
  const events: Array<{ id: string; name: string; kind: string; date: string; place: string; involves: string[]; day: number }> = [];
  let written = 0;

  for (let n = 0; n < scale.articles; n++) {
    const remaining = scale.statements - written;
    const left = scale.articles - n;
    const mean = remaining / left;
    const count = n === scale.articles - 1 ? Math.max(1, remaining) : Math.max(1, Math.min(remaining - (left - 1), Math.round(mean * (0.5 + rng.next()))));
    const day = dayOf(days, (n + 0.5) / scale.articles);
    const publishedMs = START + day * 86_400_000 + rng.int(6 * 3600, 22 * 3600) * 1000;
    const date = iso(publishedMs).slice(0, 10);
    const publisher = world.publishers[publisherLaw.sample(rng)]!;
    const author = rng.pick(world.journalists);
    const articleId = `article:gen-${seed}-${String(n).padStart(7, '0')}`;

    const actors = new Map<string, Actor>();
    const places = new Map<string, Place>();
    const topicsUsed = new Map<string, Topic>();
    const claimsUsed = new Map<string, Claim>();
    const useActor = (a: Actor) => {
      actors.set(a.id, a);
      for (const r of a.roles) useActor(actorById.get(r.of)!);
    };
    const useTopic = (t: Topic) => {
      topicsUsed.set(t.id, t);
      if (t.parent) topicsUsed.set(t.parent, topicById.get(t.parent)!);
    };
    const usePlace = (p: Place) => {
      places.set(p.id, p);
      useActor(actorById.get(p.controlledBy)!);
    };
    useActor(publisher);
    useActor(author);

    // An event for some articles: a recent one again, or a new one.
    let event: (typeof events)[number] | undefined;
    if (rng.chance(0.25)) {
      const fresh = events.filter((e) => day - e.day <= 3);
      if (fresh.length > 0 && rng.chance(0.6)) event = rng.pick(fresh);
      else {
        const host = world.speakers[speakerLaw.sample(rng)]!;
        const guest = world.speakers[speakerLaw.sample(rng)]!;
        const place = world.places[rng.int(0, world.places.length - 1)]!;
        const kind = rng.pick(EVENT_KINDS);
        event = {
          id: `event:gen-${seed}-${n}`,
          name: `${host.name}–${guest.name} ${kind}, ${place.name}, ${date}`,
          kind,
          date,
          place: place.id,
          involves: [...new Set([host.id, guest.id])],
          day,
        };
        events.push(event);
        if (events.length > 50) events.shift();
      }
      for (const a of event.involves) useActor(actorById.get(a)!);
      usePlace(placeById.get(event.place)!);
    }

    const headlineSpeaker = world.speakers[speakerLaw.sample(rng)]!;
    const headlineTopic = world.topics[topicLaw.sample(rng)]!;
    const headline = `${headlineSpeaker.name} speaks on ${headlineTopic.name.toLowerCase()}`;
    let text = headline;
    const para = (s: string) => {
      text += `\n\n${s}`;
      return text.length - s.length;
    };
    para(`By ${author.name}. ${publisher.name}, ${date}.`);

    const statements: Dossier['statements'] = [];
    const local: Recent[] = [];
    for (let i = 0; i < count; i++) {
      const speaker = i === 0 ? headlineSpeaker : world.speakers[speakerLaw.sample(rng)]!;
      useActor(speaker);
      const topic = i === 0 ? headlineTopic : world.topics[topicLaw.sample(rng)]!;
      useTopic(topic);
      const stanceBias = hash32(`${speaker.id}|${topic.id}`) % 4;
      const stance = STANCE_LIST[rng.chance(0.7) ? stanceBias : rng.int(0, 3)]!;
      const topics: Array<{ topic: string; stance: (typeof STANCE_LIST)[number] }> = [{ topic: topic.id, stance }];
      if (rng.chance(0.3)) {
        const second = world.topics[topicLaw.sample(rng)]!;
        if (second.id !== topic.id) {
          useTopic(second);
          topics.push({ topic: second.id, stance: 'NEUTRAL' });
        }
      }
      const mentions: Array<{ target: string; role: 'TARGET' | 'SUBJECT' }> = [];
      const mentionNames: string[] = [];
      for (let m = rng.int(0, 3); m > 0; m--) {
        const target = world.mentionables[mentionLaw.sample(rng)]!;
        if (target.id === speaker.id || mentions.some((x) => x.target === target.id)) continue;
        if ('type' in target) useActor(target);
        else usePlace(target);
        mentions.push({ target: target.id, role: rng.chance(0.4) ? 'TARGET' : 'SUBJECT' });
        mentionNames.push(target.name);
      }
      const claims: Array<{ claim: string; polarity: 'AFFIRMS' | 'DENIES' }> = [];
      let body: string;
      if (rng.chance(0.15)) {
        const claim = world.claims[claimLaw.sample(rng)]!;
        claimsUsed.set(claim.id, claim);
        const polarity = hash32(`${speaker.id}|${claim.id}`) % 2 === 0 ? 'AFFIRMS' : 'DENIES';
        claims.push({ claim: claim.id, polarity });
        body = `${polarity === 'AFFIRMS' ? 'It is clear that' : 'It is simply false that'} ${claim.text}`;
      } else {
        body = `${rng.pick(STANCE_OPENERS[stance])} ${topic.name.toLowerCase()}`;
      }
      if (mentionNames.length > 0) body += `, and ${mentionNames.join(' and ')} must take note`;
      body += ` ${rng.pick(TAILS)}`;

      const kind = rng.chance(0.5) ? 'DIRECT_QUOTE' : rng.chance(0.6) ? 'INDIRECT' : 'PARAPHRASE';
      let start: number;
      let said = body;
      if (kind === 'DIRECT_QUOTE') {
        start = para(`“${body},” ${speaker.name} said.`) + 1;
      } else if (kind === 'INDIRECT') {
        said = body.charAt(0).toLowerCase() + body.slice(1);
        start = para(`${speaker.name} said that ${said}.`) + speaker.name.length + ' said that '.length;
      } else {
        start = para(`According to ${speaker.name}, ${said}.`) + `According to ${speaker.name}, `.length;
      }
      const span = { start, end: start + said.length };
      const ref = `s${i + 1}`;
      const id = statementId(articleId, span);

      const relays: string[] = [];
      const respondsTo: string[] = [];
      const others = local.filter((s) => s.speaker !== speaker.id);
      if (others.length > 0 && rng.chance(0.08)) relays.push(rng.pick(others).id);
      if (rng.chance(0.12)) {
        const pool = rng.chance(0.5) && others.length > 0 ? others : recent.filter((s) => s.speaker !== speaker.id);
        if (pool.length > 0) {
          const target = rng.pick(pool);
          if (!relays.includes(target.id)) respondsTo.push(target.id);
        }
      }
      const saidOn = rng.chance(0.05) ? date.slice(0, 7) : rng.chance(0.15) ? iso(publishedMs - 86_400_000).slice(0, 10) : undefined;
      statements.push({
        ref,
        text: said,
        kind,
        speaker: speaker.id,
        ...(saidOn ? { saidOn } : {}),
        interpreted: rng.chance(0.1),
        confidence: Math.round((0.6 + 0.4 * rng.next()) * 100) / 100,
        span,
        topics,
        mentions,
        // local ones by handle, earlier articles' by statement id
        relays: relays.map((r) => statements.find((s) => statementId(articleId, s.span) === r)!.ref),
        respondsTo: respondsTo.map((r) => {
          const mine = statements.find((s) => statementId(articleId, s.span) === r);
          return mine ? mine.ref : r;
        }),
        ...(event && rng.chance(0.7) ? { event: event.id } : {}),
        claims,
      } as Dossier['statements'][number]);
      local.push({ id, speaker: speaker.id });
    }
    for (const s of local) {
      if (recent.length < 2000) recent.push(s);
      else recent[recentAt++ % 2000] = s;
    }
    written += count;

    const dossier: Dossier = {
      article: {
        id: articleId,
        url: `https://news.example/${date.replaceAll('-', '/')}/${seed}-${n}`,
        headline,
        publishedAt: iso(publishedMs).replace('.000Z', 'Z'),
        language: 'en',
        text,
        publisher: publisher.id,
        authors: [author.id],
        contributors: [],
      },
      actors: [...actors.values()].map((a) => ({
        id: a.id,
        type: a.type,
        name: a.name,
        aliases: a.aliases,
        ...(a.kind ? { kind: a.kind } : {}),
        roles: a.roles,
      })),
      places: [...places.values()].map((p) => ({ id: p.id, name: p.name, aliases: [], kind: p.kind, claimedBy: [], controlledBy: [p.controlledBy] })),
      topics: [...topicsUsed.values()].map((t) => ({ id: t.id, name: t.name, ...(t.parent ? { parent: t.parent } : {}) })),
      events: event
        ? [
            {
              id: event.id,
              name: event.name,
              kind: event.kind,
              date: event.date,
              place: event.place,
              involves: event.involves.map((a, i) => ({ actor: a, role: i === 0 ? 'HOST' : 'PARTICIPANT' })),
            },
          ]
        : [],
      claims: [...claimsUsed.values()].map((c) => ({ id: c.id, text: c.text })),
      statements,
      mentions: [],
    } as Dossier;
    yield dossier;
  }
}
