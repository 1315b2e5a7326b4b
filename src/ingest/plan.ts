/**
 * Dossier → ingest plan: every entry gets its id, every reference (a name, an alias or an id) is
 * resolved to one node, and the result is flat rows for the UNWIND batches of `src/graph/dossiers.ts` (`writePlans`).
 *
 * References resolve against the dossier first, then against entities already in the graph
 * (the `known` entities, fetched by `ingest.ts` for whatever the dossier alone could not resolve).
 * An entry without an explicit id adopts the id of a graph entity of the same kind whose name
 * or alias equals its name: that is how a second article about "Lavrov" reaches the same node.
 */
import type { Dossier, StatementEntry } from '../dossier/schema.js';
import { DossierError, type DossierIssue } from '../dossier/errors.js';
import { nameKey, nameKeys, spellingKey } from '../dossier/names.js';
import { ACTOR_TYPE_NAME, contentHash, mentionId, nameOfEntry, slugId, statementId, typeOfEntry, typeOfId, type NodeTypeName } from '../dossier/ids.js';
import { ACTOR_TYPE_NAMES, ENTITY_SECTIONS, type EntitySection } from '../model/registry.js';
import type { DatePrecision } from '../dossier/schema.js';
import type { EventRow, IngestPlan, KnownEntity, Lookups, StatementRow } from '../graph/plan-rows.js';

// The plan's shapes belong to the write step below (src/graph), which consumes them.
export type { IngestPlan, KnownEntity, Lookups };

const ACTOR: NodeTypeName[] = ACTOR_TYPE_NAMES;
/** What each kind of reference may point at (exported for the test that known-entities.cypher finds all of them). */
export const REFERENCE_TYPES = {
  actor: ACTOR,
  person: ['Person'],
  organization: ['Organization'],
  country: ['Country'],
  roleHolder: ['Country', 'Organization'],
  mentionable: [...ACTOR, 'Place'],
  place: ['Place'],
  topic: ['Topic'],
  event: ['Event'],
  claim: ['Claim'],
  statement: ['Statement'],
} satisfies Record<string, NodeTypeName[]>;
const TYPES = REFERENCE_TYPES;

const DESCRIBE: Record<keyof typeof TYPES, string> = {
  actor: 'actor',
  person: 'person',
  organization: 'organisation',
  country: 'country',
  roleHolder: 'country or organisation',
  mentionable: 'actor or place',
  place: 'place',
  topic: 'topic',
  event: 'event',
  claim: 'claim',
  statement: 'statement',
};

interface Candidate {
  id: string;
  type: NodeTypeName;
}

/**
 * Everything a reference can match, by id and by name key. buildPlan makes one of the dossier's
 * own entries, and takes one of known entities (or makes it of a list); the bulk loaders keep
 * one across dossiers (corpus.ts).
 */
export class EntityDirectory {
  static of(known: KnownEntity[]): EntityDirectory {
    const directory = new EntityDirectory();
    for (const entity of known) directory.add(entity, entity.keys);
    return directory;
  }

  /** key → candidates by type and id (a map: the bulk loaders add the same entities again and
   * again; by type too, as an older graph may hold one id under two types). */
  private readonly byKey = new Map<string, Map<string, Candidate>>();

  add(candidate: Candidate, keys: string[]): void {
    this.addKey(candidate.id, candidate);
    for (const key of keys) this.addKey(key, candidate);
  }

  private addKey(key: string, candidate: Candidate): void {
    const candidates = this.byKey.get(key);
    const entry = `${candidate.type} ${candidate.id}`;
    if (!candidates) this.byKey.set(key, new Map([[entry, candidate]]));
    else if (!candidates.has(entry)) candidates.set(entry, candidate);
  }

  /** The entities of one of `types` that answer to exactly this key. */
  withKey(key: string, types: NodeTypeName[]): Candidate[] {
    return this.lookup([key], types);
  }

  /**
   * By id or exact name key; failing those, by spelling variant ("Sergey" for "Sergei"). An id
   * reaches only a node of its own type (`place:x` a Place), never another type's node that an
   * older graph may hold under it.
   */
  find(ref: string, types: NodeTypeName[]): Candidate[] {
    const idType = typeOfId(ref);
    if (idType) types = types.filter((t) => t === idType);
    const key = nameKey(ref);
    const exact = this.lookup(ref === key ? [ref] : [ref, key], types);
    if (exact.length > 0) return exact;
    const variant = spellingKey(key);
    return variant ? this.lookup([variant], types) : exact;
  }

  private lookup(keys: string[], types: NodeTypeName[]): Candidate[] {
    const found = new Map<string, Candidate>();
    for (const key of keys) for (const c of this.byKey.get(key)?.values() ?? []) if (types.includes(c.type)) found.set(`${c.type} ${c.id}`, c);
    return [...found.values()];
  }
}

/**
 * The ids and name keys the dossier refers to but does not define: its references that its own
 * entries don't answer to, checked against the dossier alone — no plan is built for this.
 */
export function missingReferences(dossier: Dossier): Lookups {
  const ids = new Set<string>();
  const keys = new Set<string>();
  // The dossier's own entries too: to adopt a known entity by name, and to tell which of
  // the entries with explicit ids are already in the graph.
  const names = entries(dossier);
  for (const k of names.entryKeys) keys.add(k);
  for (const id of names.entryIds) ids.add(id);
  const { local } = localDirectory(dossier, names);
  for (const { value, kind } of references(dossier)) {
    if (local.find(value, TYPES[kind]).length > 0) continue;
    if (typeOfId(value)) ids.add(value);
    else keys.add(nameKey(value));
  }
  // A mention's name, to link it to the actor of that name already in the graph.
  for (const m of dossier.mentions) if (local.find(m.text, ACTOR).length === 0) keys.add(nameKey(m.text));
  return { ids: [...ids], keys: [...keys] };
}

/**
 * Builds the plan, or throws a DossierError listing every reference that is unknown or
 * ambiguous. `onMissing` is told of references found nowhere.
 */
export function buildPlan(dossier: Dossier, known: KnownEntity[] | EntityDirectory, onMissing?: (ref: string) => void): IngestPlan {
  const graph = known instanceof EntityDirectory ? known : EntityDirectory.of(known);
  const names = entries(dossier, graph);
  const { idOf } = names;
  const { articleId, local, localStatements } = localDirectory(dossier, names);
  const a = dossier.article;
  const issues: DossierIssue[] = sameIdIssues(dossier, names);

  /** Resolves one reference, or records why it can't be and returns a placeholder. */
  const ref = (path: string, value: string, kind: keyof typeof TYPES): string => {
    const mine = local.find(value, TYPES[kind]);
    const found = mine.length > 0 ? mine : graph.find(value, TYPES[kind]);
    if (found.length === 1) return found[0]!.id;
    if (found.length > 1) {
      issues.push({ path, message: `"${value}" is ambiguous: it names ${found.map((c) => c.id).join(', ')}; use the id` });
    } else {
      onMissing?.(value);
      issues.push({ path, message: `unknown ${DESCRIBE[kind]} "${value}"` });
    }
    return `?${value}`;
  };
  /** The one actor (the dossier's own first, else the graph's) a mention's name names; none when unknown or ambiguous — a mention is never an issue. */
  const actorNamed = (text: string): string | null => {
    const mine = local.find(text, ACTOR);
    const found = mine.length > 0 ? mine : graph.find(text, ACTOR);
    return found.length === 1 ? found[0]!.id : null;
  };
  // Every reference resolved here, in the dossier's order (the order of the issues), and
  // read back by path below: the rows name no reference that references() does not walk.
  const resolved = new Map(references(dossier).map((r) => [r.path, ref(r.path, r.value, r.kind)]));
  const id = (path: string): string => {
    const found = resolved.get(path);
    if (found === undefined) throw new Error(`buildPlan: ${path} is not among the references of the dossier`);
    return found;
  };
  const ids = (path: string, values: string[]) => values.map((_, i) => id(`${path}[${i}]`));

  const publishedOn = a.publishedAt?.slice(0, 10);
  const plan: IngestPlan = {
    articleId,
    article: {
      id: articleId,
      url: a.url,
      headline: a.headline,
      standfirst: a.standfirst ?? null,
      publishedAt: a.publishedAt === undefined ? null : a.publishedAt.length > 10 ? a.publishedAt : `${a.publishedAt}T00:00:00Z`,
      language: a.language,
      text: a.text,
      textHash: contentHash(a.text),
      publisher: a.publisher === undefined ? null : id('article.publisher'),
      authors: ids('article.authors', a.authors),
      contributors: ids('article.contributors', a.contributors),
    },
    actors: dossier.actors.map((e, i) => ({
      id: idOf('actors', i),
      label: ACTOR_TYPE_NAME[e.type],
      name: e.name,
      aliases: e.aliases,
      nameKeys: nameKeys(e.name, e.aliases),
      description: e.description ?? null,
      kind: e.kind ?? null,
    })),
    roles: dossier.actors.flatMap((e, i) =>
      e.roles.map((r, j) => ({
        person: idOf('actors', i),
        of: id(`actors[${i}].roles[${j}].of`),
        title: r.title,
        from: r.from ?? null,
        to: r.to ?? null,
      })),
    ),
    places: dossier.places.map((e, i) => ({
      id: idOf('places', i),
      name: e.name,
      aliases: e.aliases,
      nameKeys: nameKeys(e.name, e.aliases),
      description: e.description ?? null,
      kind: e.kind ?? null,
    })),
    placeLinks: dossier.places.flatMap((e, i) => {
      const place = idOf('places', i);
      return [
        ...(e.partOf ? [{ from: place, to: id(`places[${i}].partOf`), type: 'PART_OF' as const }] : []),
        ...ids(`places[${i}].claimedBy`, e.claimedBy).map((c) => ({ from: c, to: place, type: 'CLAIMS' as const })),
        ...ids(`places[${i}].controlledBy`, e.controlledBy).map((c) => ({ from: c, to: place, type: 'CONTROLS' as const })),
      ];
    }),
    topics: dossier.topics.map((e, i) => ({
      id: idOf('topics', i),
      name: e.name,
      nameKeys: nameKeys(e.name),
      description: e.description ?? null,
      parent: e.parent ? id(`topics[${i}].parent`) : null,
    })),
    events: dossier.events.map((e, i) => ({
      id: idOf('events', i),
      name: e.name,
      nameKeys: nameKeys(e.name),
      kind: e.kind,
      ...startDate(e.date),
      description: e.description ?? null,
      place: e.place ? id(`events[${i}].place`) : null,
    })),
    involvements: dossier.events.flatMap((e, i) =>
      e.involves.map((v, j) => ({ event: idOf('events', i), actor: id(`events[${i}].involves[${j}].actor`), role: v.role })),
    ),
    claims: dossier.claims.map((e, i) => ({ id: idOf('claims', i), text: e.text, nameKeys: nameKeys(e.text) })),
    statements: dossier.statements.map((s, i) => statementRow(s, `statements[${i}]`, localStatements.get(s.ref)!, a.text, publishedOn, id, ids)),
    mentions: dossier.mentions.map((m) => ({
      id: mentionId(articleId, m.span),
      text: m.text,
      guess: m.guess,
      reason: m.reason,
      start: m.span.start,
      end: m.span.end,
      nameKeys: nameKeys(m.text),
      actor: actorNamed(m.text),
    })),
  };
  if (issues.length > 0) throw new DossierError(issues);
  return plan;
}

/** The row of one statement, its references read back resolved (`id`, `ids`) by their paths under `at`. */
function statementRow(
  s: StatementEntry,
  at: string,
  statementId: string,
  articleText: string,
  publishedOn: string | undefined,
  id: (path: string) => string,
  ids: (path: string, values: string[]) => string[],
): StatementRow {
  return {
    id: statementId,
    text: s.text,
    kind: s.kind,
    ...saidOn(s.saidOn ?? publishedOn),
    interpreted: s.interpreted,
    confidence: s.confidence,
    speaker: id(`${at}.speaker`),
    cue: s.attribution?.cue ?? null,
    cueStart: s.attribution?.span?.start ?? null,
    cueEnd: s.attribution?.span?.end ?? null,
    start: s.span.start,
    end: s.span.end,
    paragraph: paragraphAt(articleText, s.span.start),
    event: s.event ? id(`${at}.event`) : null,
    topics: s.topics.map((t, j) => ({ id: id(`${at}.topics[${j}].topic`), stance: t.stance })),
    mentions: s.mentions.map((m, j) => ({
      id: id(`${at}.mentions[${j}].target`),
      role: m.role,
      start: m.span?.start ?? null,
      end: m.span?.end ?? null,
    })),
    claims: s.claims.map((c, j) => ({ id: id(`${at}.claims[${j}].claim`), polarity: c.polarity })),
    relays: ids(`${at}.relays`, s.relays),
    respondsTo: ids(`${at}.respondsTo`, s.respondsTo),
  };
}

/**
 * Two entries of a section with one id, unless both adopted it from the graph: two names the
 * graph already knows as one entity ("Northern Territories" and "Kuril Islands") are two entries
 * for one node, whose rows MERGE into it, names as aliases.
 */
function sameIdIssues(dossier: Dossier, { idOf, adopted }: ReturnType<typeof entries>): DossierIssue[] {
  const issues: DossierIssue[] = [];
  for (const section of SECTIONS) {
    const seen = new Map<string, number>();
    dossier[section].forEach((_, i) => {
      const entryId = idOf(section, i);
      const first = seen.get(entryId);
      const sameKnownEntity = first !== undefined && adopted(section, i) && adopted(section, first);
      if (first !== undefined && !sameKnownEntity) issues.push({ path: `${section}[${i}]`, message: `has the same id "${entryId}" as ${section}[${first}]` });
      else if (first === undefined) seen.set(entryId, i);
    });
  }
  return issues;
}

/** One reference of the dossier: where it is, what it says, and what kind of entry it may name. */
interface Reference {
  path: string;
  value: string;
  kind: keyof typeof TYPES;
}

/** Every reference of the dossier, in the order its issues are reported. */
function references(dossier: Dossier): Reference[] {
  const out: Reference[] = [];
  const one = (path: string, value: string, kind: keyof typeof TYPES) => out.push({ path, value, kind });
  const each = (path: string, values: string[], kind: keyof typeof TYPES) => {
    values.forEach((v, i) => {
      one(`${path}[${i}]`, v, kind);
    });
  };
  const a = dossier.article;
  if (a.publisher !== undefined) one('article.publisher', a.publisher, 'organization');
  each('article.authors', a.authors, 'person');
  each('article.contributors', a.contributors, 'organization');
  dossier.actors.forEach((e, i) => {
    e.roles.forEach((r, j) => {
      one(`actors[${i}].roles[${j}].of`, r.of, 'roleHolder');
    });
  });
  dossier.places.forEach((e, i) => {
    if (e.partOf) one(`places[${i}].partOf`, e.partOf, 'place');
    each(`places[${i}].claimedBy`, e.claimedBy, 'country');
    each(`places[${i}].controlledBy`, e.controlledBy, 'country');
  });
  dossier.topics.forEach((e, i) => {
    if (e.parent) one(`topics[${i}].parent`, e.parent, 'topic');
  });
  dossier.events.forEach((e, i) => {
    if (e.place) one(`events[${i}].place`, e.place, 'place');
  });
  dossier.events.forEach((e, i) => {
    e.involves.forEach((v, j) => {
      one(`events[${i}].involves[${j}].actor`, v.actor, 'actor');
    });
  });
  dossier.statements.forEach((s, i) => {
    const at = `statements[${i}]`;
    one(`${at}.speaker`, s.speaker, 'actor');
    if (s.event) one(`${at}.event`, s.event, 'event');
    s.topics.forEach((t, j) => {
      one(`${at}.topics[${j}].topic`, t.topic, 'topic');
    });
    s.mentions.forEach((m, j) => {
      one(`${at}.mentions[${j}].target`, m.target, 'mentionable');
    });
    s.claims.forEach((c, j) => {
      one(`${at}.claims[${j}].claim`, c.claim, 'claim');
    });
    each(`${at}.relays`, s.relays, 'statement');
    each(`${at}.respondsTo`, s.respondsTo, 'statement');
  });
  return out;
}

/**
 * The dossier's own entries as references can name them (its article's statements too). The
 * dossier's entries win over the graph's: "Georgia" the country of this dossier is not made
 * ambiguous by a place called Georgia already in the graph.
 */
function localDirectory(dossier: Dossier, { idOf, slugOf }: ReturnType<typeof entries>) {
  const a = dossier.article;
  const articleId = a.id ?? slugId('Article', a.url.replace(/^https?:\/\/(www\.)?/, ''));
  const localStatements = new Map(dossier.statements.map((s) => [s.ref, statementId(articleId, s.span)]));
  const local = new EntityDirectory();
  // An entry that adopted a graph id still answers to the slug id its name would have had.
  const add = (section: Section, i: number, type: NodeTypeName, keys: string[]) => local.add({ id: idOf(section, i), type }, [slugOf(section, i), ...keys]);
  for (const section of SECTIONS) {
    dossier[section].forEach((e, i) => {
      const type = typeOfEntry(section, e);
      add(section, i, type, nameKeys(nameOfEntry(type, e), 'aliases' in e ? e.aliases : []));
    });
  }
  for (const [ref, id] of localStatements) local.add({ id, type: 'Statement' }, nameKeys(ref));
  return { articleId, local, localStatements };
}

const SECTIONS = ENTITY_SECTIONS;
type Section = EntitySection;

/** Ids of the dossier's own entries: explicit, else adopted from the graph by name, else a slug. */
function entries(dossier: Dossier, known = new EntityDirectory()) {
  const sections = Object.fromEntries(
    SECTIONS.map((section) => [
      section,
      dossier[section].map((e: { id?: string }) => {
        const type = typeOfEntry(section, e);
        return { id: e.id, type, name: nameOfEntry(type, e) };
      }),
    ]),
  ) as Record<Section, Array<{ id?: string; type: NodeTypeName; name: string }>>;
  const adoptedIds = new Set<string>();
  const ids = Object.fromEntries(
    Object.entries(sections).map(([section, list]) => [
      section,
      list.map((e, index) => {
        if (e.id) return e.id;
        // The exact name first, then its spelling variant ("Sergey" for "Sergei").
        for (const key of nameKeys(e.name)) {
          const matches = known.withKey(key, [e.type]);
          if (matches.length === 1) {
            adoptedIds.add(`${section}[${index}]`);
            return matches[0]!.id;
          }
          if (matches.length > 1) break;
        }
        return slugId(e.type, e.name);
      }),
    ]),
  ) as Record<Section, string[]>;
  return {
    idOf: (section: Section, index: number) => ids[section][index]!,
    /** Whether the entry took its id from a graph entity it names. */
    adopted: (section: Section, index: number) => adoptedIds.has(`${section}[${index}]`),
    slugOf: (section: Section, index: number) => {
      const entry = sections[section][index]!;
      return entry.id ?? slugId(entry.type, entry.name);
    },
    entryKeys: Object.values(sections).flatMap((list) => list.filter((e) => !e.id).flatMap((e) => nameKeys(e.name))),
    entryIds: Object.values(sections).flatMap((list) => list.flatMap((e) => (e.id ? [e.id] : []))),
  };
}

/** "2017-11" → { date: "2017-11-01", precision: "MONTH" }: the first day, and how much of it is known. */
function partialDate(value: string): { date: string; precision: DatePrecision } {
  const precision = value.length === 4 ? 'YEAR' : value.length === 7 ? 'MONTH' : 'DAY';
  const date = precision === 'YEAR' ? `${value}-01-01` : precision === 'MONTH' ? `${value}-01` : value;
  return { date, precision };
}

function startDate(value: string): Pick<EventRow, 'startDate' | 'datePrecision'> {
  const { date, precision } = partialDate(value);
  return { startDate: date, datePrecision: precision };
}

function saidOn(value: string | undefined): Pick<StatementRow, 'saidOn' | 'datePrecision'> {
  if (value === undefined) return { saidOn: null, datePrecision: null };
  const { date, precision } = partialDate(value);
  return { saidOn: date, datePrecision: precision };
}

/** The paragraph breaks (/\n\s*\n/ matches) of the last text asked about: found once, not once per statement. */
let breaksOf: { text: string; breaks: Array<{ start: number; end: number }> } | undefined;

/**
 * The 0-based paragraph (blank-line separated) that contains `offset`: what
 * `text.slice(0, offset).split(/\n\s*\n/).length - 1` counts, in log time (that was quadratic
 * in the length of a long article).
 */
function paragraphAt(text: string, offset: number): number {
  if (breaksOf?.text !== text) breaksOf = { text, breaks: [...text.matchAll(/\n\s*\n/g)].map((m) => ({ start: m.index, end: m.index + m[0].length })) };
  const { breaks } = breaksOf;
  let lo = 0;
  let hi = breaks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (breaks[mid]!.end <= offset) lo = mid + 1;
    else hi = mid;
  }
  // A break running past the offset counts if its part before the offset is a break already (two newlines).
  const straddling = breaks[lo];
  const partial = straddling !== undefined && straddling.start < offset && text.lastIndexOf('\n', offset - 1) > straddling.start;
  return lo + (partial ? 1 : 0);
}
