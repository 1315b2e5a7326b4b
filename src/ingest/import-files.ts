/**
 * Ingest plans → the CSV files of `neo4j-admin database import full`: the graph the online
 * write (cypher/write/ingest/*.cypher) would build from the same plans in the same order,
 * written as node and relationship files instead of MERGE queries.
 *
 * Entities (actors, places, topics, events, claims) recur across dossiers: they are folded in
 * memory with the MERGE rules of their Cypher step (name on create, aliases and name keys
 * unioned, description and kind the latest given) and written at the end. Articles,
 * statements and mentions occur once in a corpus (the planner refuses repeats): they and their
 * relationships stream straight to disk. tests/ingest/offline-import.test.ts holds the two
 * paths to the same graph.
 */
import { closeSync, mkdirSync, openSync, writeSync } from 'node:fs';
import path from 'node:path';
import { type ActorRow, type PlaceRow, UNDATED_REPORTED_AT } from '../graph/plan-rows.js';
import type { IngestPlan } from './plan.js';

type Scalar = string | number | boolean | null | undefined;

/** Between array elements (and labels) in the CSV: a control character no name or text uses. */
export const ARRAY_DELIMITER = '\u001f';

/** One CSV file with its header, buffered and appended to in large writes. */
class CsvFile {
  private readonly fd: number;
  private buffer = '';
  rows = 0;

  constructor(
    readonly file: string,
    readonly columns: string[],
  ) {
    this.fd = openSync(file, 'w');
    this.buffer = `${columns.join(',')}\n`;
  }

  write(values: Array<Scalar | string[]>): void {
    this.buffer += `${values.map(field).join(',')}\n`;
    this.rows += 1;
    if (this.buffer.length > 1 << 20) this.flush();
  }

  flush(): void {
    writeSync(this.fd, this.buffer);
    this.buffer = '';
  }

  close(): void {
    this.flush();
    closeSync(this.fd);
  }
}

/** Strings quoted (RFC 4180), a missing value empty and unquoted (no property), arrays joined. */
function field(value: Scalar | string[]): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) {
    if (value.some((v) => v.includes(ARRAY_DELIMITER))) throw new Error(`a list value contains the control character U+001F: ${JSON.stringify(value)}`);
    return quote(value.join(ARRAY_DELIMITER));
  }
  return typeof value === 'string' ? quote(value) : String(value);
}

const quote = (s: string) => `"${s.replaceAll('"', '""')}"`;

interface Named {
  id: string;
  name: string;
  aliases: string[];
  nameKeys: string[];
  description: string | null;
  kind: string | null;
  label?: string;
}

/** 01-actors / 03-places: name on create, aliases (never the name) and keys unioned, the rest latest-given. */
function mergeNamed(into: Map<string, Named>, row: ActorRow | PlaceRow): void {
  const had = into.get(row.id);
  const node: Named = had ?? { id: row.id, name: row.name, aliases: [], nameKeys: [], description: null, kind: null };
  for (const alias of [row.name, ...row.aliases]) if (alias !== node.name && !node.aliases.includes(alias)) node.aliases.push(alias);
  union(node.nameKeys, row.nameKeys);
  node.description = row.description ?? node.description;
  node.kind = row.kind ?? node.kind;
  if ('label' in row) node.label = row.label;
  into.set(node.id, node);
}

function union(list: string[], more: string[]): void {
  for (const x of more) if (!list.includes(x)) list.push(x);
}

/** A relationship without properties, or with the latest properties given for it. */
type Link = [start: string, end: string, type: string, ...props: Scalar[]];

export interface ImportFileSet {
  dir: string;
  /** `--nodes=` arguments, label-free (labels are in the files). */
  nodes: string[];
  /** `--relationships=` arguments. */
  relationships: string[];
  counts: { nodes: number; relationships: number };
}

export class ImportFiles {
  private readonly actors = new Map<string, Named>();
  private readonly places = new Map<string, Named>();
  private readonly topics = new Map<string, { id: string; name: string; nameKeys: string[]; description: string | null }>();
  private readonly events = new Map<
    string,
    { id: string; name: string; nameKeys: string[]; kind: string; startDate: string; datePrecision: string; description: string | null }
  >();
  private readonly claims = new Map<string, { id: string; text: string; nameKeys: string[] }>();
  /** Entity relationships, keyed by what their MERGE matches on; the value is the latest row. */
  private readonly entityLinks = new Map<string, Link>();

  private readonly articles: CsvFile;
  private readonly statements: CsvFile;
  private readonly mentionNodes: CsvFile;
  private readonly reportedIn: CsvFile;
  private readonly attributedTo: CsvFile;
  private readonly about: CsvFile;
  private readonly mentions: CsvFile;
  private readonly asserts: CsvFile;
  private readonly links: CsvFile;

  constructor(readonly dir: string) {
    mkdirSync(dir, { recursive: true });
    const csv = (name: string, columns: string[]) => new CsvFile(path.join(dir, `${name}.csv`), columns);
    this.articles = csv('articles', [
      'id:ID',
      ':LABEL',
      'url',
      'headline',
      'standfirst',
      'publishedAt:datetime',
      'language',
      'text',
      'textHash',
      'urls:string[]',
    ]);
    this.statements = csv('statements', [
      'id:ID',
      ':LABEL',
      'text',
      'kind',
      'saidOn:date',
      'datePrecision',
      'interpreted:boolean',
      'confidence:double',
      'speakerId',
      'reportedAt:datetime',
    ]);
    this.mentionNodes = csv('mention-nodes', ['id:ID', ':LABEL', 'text', 'guess', 'reason', 'start:long', 'end:long', 'nameKeys:string[]']);
    this.reportedIn = csv('rel-reported-in', [':START_ID', ':END_ID', ':TYPE', 'start:long', 'end:long', 'paragraph:long']);
    this.attributedTo = csv('rel-attributed-to', [':START_ID', ':END_ID', ':TYPE', 'cue', 'start:long', 'end:long']);
    this.about = csv('rel-about', [':START_ID', ':END_ID', ':TYPE', 'stance']);
    this.mentions = csv('rel-mentions', [':START_ID', ':END_ID', ':TYPE', 'role', 'start:long', 'end:long']);
    this.asserts = csv('rel-asserts', [':START_ID', ':END_ID', ':TYPE', 'polarity']);
    this.links = csv('rel-links', [':START_ID', ':END_ID', ':TYPE']);
  }

  /** Adds one dossier's plan, after every plan before it in corpus order. */
  add(plan: IngestPlan): void {
    for (const row of plan.actors) mergeNamed(this.actors, row);
    for (const row of plan.roles) this.entityLink([row.person, row.of, 'HOLDS_ROLE', row.title, row.from, row.to], 4);
    for (const row of plan.places) mergeNamed(this.places, row);
    for (const link of plan.placeLinks) this.entityLink([link.from, link.to, link.type]);
    for (const row of plan.topics) {
      const topic = this.topics.get(row.id) ?? { id: row.id, name: row.name, nameKeys: [], description: null };
      union(topic.nameKeys, row.nameKeys);
      topic.description = row.description ?? topic.description;
      this.topics.set(topic.id, topic);
      if (row.parent) this.entityLink([topic.id, row.parent, 'SUBTOPIC_OF']);
    }
    for (const row of plan.events) {
      const had = this.events.get(row.id);
      const event = {
        id: row.id,
        name: had?.name ?? row.name,
        nameKeys: had?.nameKeys ?? [],
        kind: row.kind,
        startDate: row.startDate,
        datePrecision: row.datePrecision,
        description: row.description ?? had?.description ?? null,
      };
      union(event.nameKeys, row.nameKeys);
      this.events.set(event.id, event);
      if (row.place) this.entityLink([event.id, row.place, 'HELD_IN']);
    }
    for (const row of plan.involvements) this.entityLink([row.event, row.actor, 'INVOLVES', row.role], 3);
    for (const row of plan.claims) if (!this.claims.has(row.id)) this.claims.set(row.id, { id: row.id, text: row.text, nameKeys: row.nameKeys });
    this.addArticle(plan);
  }

  /** An entity relationship: MERGE on its ends and type (and `keyed` leading properties), the rest latest-given. */
  private entityLink(link: Link, keyed = 3): void {
    this.entityLinks.set(JSON.stringify(link.slice(0, keyed)), link);
  }

  private addArticle(plan: IngestPlan): void {
    const a = plan.article;
    this.articles.write([
      a.id,
      'Article',
      a.url,
      a.headline,
      a.standfirst,
      a.publishedAt,
      a.language,
      a.text,
      a.textHash,
      a.url.startsWith('urn:') ? null : [a.url],
    ]);
    if (a.publisher !== null) this.links.write([plan.articleId, a.publisher, 'PUBLISHED_BY']);
    for (const id of new Set(a.authors)) this.links.write([plan.articleId, id, 'WRITTEN_BY']);
    for (const id of new Set(a.contributors)) this.links.write([plan.articleId, id, 'CONTRIBUTED_BY']);
    for (const s of plan.statements) {
      const id = s.id;
      this.statements.write([
        id,
        'Statement',
        s.text,
        s.kind,
        s.saidOn,
        s.datePrecision,
        s.interpreted,
        s.confidence,
        s.speaker,
        a.publishedAt ?? UNDATED_REPORTED_AT,
      ]);
      this.reportedIn.write([id, plan.articleId, 'REPORTED_IN', s.start, s.end, s.paragraph]);
      this.attributedTo.write([id, s.speaker, 'ATTRIBUTED_TO', s.cue, s.cueStart, s.cueEnd]);
      // MERGE per target: a target listed twice is one relationship with the latest values.
      for (const t of latestByTarget(s.topics)) this.about.write([id, t.id, 'ABOUT', t.stance]);
      for (const m of latestByTarget(s.mentions)) this.mentions.write([id, m.id, 'MENTIONS', m.role, m.start, m.end]);
      for (const c of latestByTarget(s.claims)) this.asserts.write([id, c.id, 'ASSERTS', c.polarity]);
      if (s.event) this.links.write([id, s.event, 'MADE_AT']);
      for (const other of new Set(s.relays)) this.links.write([id, other, 'RELAYS']);
      for (const other of new Set(s.respondsTo)) this.links.write([id, other, 'RESPONDS_TO']);
    }
    // 14-mentions: each mention FOUND_IN its article, REFERS_TO the actor the plan found.
    for (const m of plan.mentions) {
      this.mentionNodes.write([m.id, 'Mention', m.text, m.guess, m.reason, m.start, m.end, m.nameKeys]);
      this.links.write([m.id, plan.articleId, 'FOUND_IN']);
      if (m.actor) this.links.write([m.id, m.actor, 'REFERS_TO']);
    }
  }

  /** Writes the entities and closes every file. */
  close(): ImportFileSet {
    const csv = (name: string, columns: string[]) => new CsvFile(path.join(this.dir, `${name}.csv`), columns);
    const named = (name: string, nodes: Map<string, Named>, labels: (n: Named) => string) => {
      const file = csv(name, ['id:ID', ':LABEL', 'name', 'aliases:string[]', 'nameKeys:string[]', 'description', 'kind']);
      for (const n of nodes.values()) file.write([n.id, labels(n), n.name, n.aliases, n.nameKeys, n.description, n.kind]);
      return file;
    };
    const actors = named('actors', this.actors, (n) => `Actor${ARRAY_DELIMITER}${n.label}`);
    const places = named('places', this.places, () => 'Place');
    const topics = csv('topics', ['id:ID', ':LABEL', 'name', 'nameKeys:string[]', 'description']);
    for (const t of this.topics.values()) topics.write([t.id, 'Topic', t.name, t.nameKeys, t.description]);
    const events = csv('events', ['id:ID', ':LABEL', 'name', 'nameKeys:string[]', 'kind', 'startDate:date', 'datePrecision', 'description']);
    for (const e of this.events.values()) events.write([e.id, 'Event', e.name, e.nameKeys, e.kind, e.startDate, e.datePrecision, e.description]);
    const claims = csv('claims', ['id:ID', ':LABEL', 'text', 'nameKeys:string[]']);
    for (const c of this.claims.values()) claims.write([c.id, 'Claim', c.text, c.nameKeys]);
    const roles = csv('rel-holds-role', [':START_ID', ':END_ID', ':TYPE', 'title', 'from', 'to']);
    const involves = csv('rel-involves', [':START_ID', ':END_ID', ':TYPE', 'role']);
    for (const link of this.entityLinks.values()) {
      if (link[2] === 'HOLDS_ROLE') roles.write(link);
      else if (link[2] === 'INVOLVES') involves.write(link);
      else this.links.write(link);
    }
    const nodeFiles = [actors, places, topics, events, claims, this.articles, this.statements, this.mentionNodes];
    const relationshipFiles = [roles, involves, this.reportedIn, this.attributedTo, this.about, this.mentions, this.asserts, this.links];
    for (const f of [...nodeFiles, ...relationshipFiles]) f.close();
    const total = (files: CsvFile[]) => files.reduce((n, f) => n + f.rows, 0);
    return {
      dir: this.dir,
      nodes: nodeFiles.map((f) => f.file),
      relationships: relationshipFiles.map((f) => f.file),
      counts: { nodes: total(nodeFiles), relationships: total(relationshipFiles) },
    };
  }
}

/** One row per target id, the latest one, in order of first appearance (as MERGE then SET does). */
function latestByTarget<T extends { id: string }>(rows: T[]): T[] {
  const byId = new Map<string, T>();
  for (const row of rows) byId.set(row.id, row);
  return [...byId.values()];
}
