/**
 * The rows the write step (dossiers.ts) consumes and the lookups it answers: the contract
 * between src/ingest/plan.ts, which builds a plan from a dossier, and the graph, which writes it.
 * Declared here, in the lower layer, so that the graph never imports ingest.
 */
import type { NodeTypeName } from '../dossier/ids.js';
import type { DatePrecision, EventRole, MentionGuess, MentionRole, Polarity, Stance, StatementKind } from '../dossier/schema.js';

/** An entity already in the graph, as the resolver needs it. */
export interface KnownEntity {
  id: string;
  type: NodeTypeName;
  keys: string[];
}

/** What the resolver could not find in the dossier: ids and name keys to look up in the graph. */
export interface Lookups {
  ids: string[];
  keys: string[];
}

// The rows are type aliases, not interfaces: a type alias has the implicit index signature that
// lets a row pass as a query parameter map (graph.ts's Row).

/**
 * The `reportedAt` order key of a statement whose article's date is unknown: the oldest datetime,
 * so that newest-first lists (which read that key through an index) show them last, never lose them.
 * cypher/fragments/ingest-statements.cypher and migrate/statement-order-keys.cypher write the same.
 */
export const UNDATED_REPORTED_AT = '0001-01-01T00:00:00Z';

export type ArticleRow = {
  id: string;
  url: string;
  headline: string;
  standfirst: string | null;
  /** Null: the date is unknown. */
  publishedAt: string | null;
  language: string;
  text: string;
  textHash: string;
  /** Ids, resolved; publisher null when unknown. */
  publisher: string | null;
  authors: string[];
  contributors: string[];
};

export type ActorRow = {
  id: string;
  label: 'Person' | 'Country' | 'Organization';
  name: string;
  aliases: string[];
  nameKeys: string[];
  description: string | null;
  kind: string | null;
};

export type RoleRow = { person: string; of: string; title: string; from: string | null; to: string | null };

export type PlaceRow = Omit<ActorRow, 'label'>;

export type PlaceLinkRow = { from: string; to: string; type: 'PART_OF' | 'CLAIMS' | 'CONTROLS' };

export type TopicRow = { id: string; name: string; nameKeys: string[]; description: string | null; parent: string | null };

export type EventRow = {
  id: string;
  name: string;
  nameKeys: string[];
  kind: string;
  /** The first day of what is known of the date, and how much of it is known. */
  startDate: string;
  datePrecision: DatePrecision;
  description: string | null;
  place: string | null;
};

export type InvolvementRow = { event: string; actor: string; role: EventRole };

export type ClaimRow = { id: string; text: string; nameKeys: string[] };

export type StatementRow = {
  id: string;
  text: string;
  kind: StatementKind;
  /** Both null when the date is unknown (an undated article, no date in the statement's words). */
  saidOn: string | null;
  datePrecision: DatePrecision | null;
  interpreted: boolean;
  confidence: number;
  speaker: string;
  cue: string | null;
  cueStart: number | null;
  cueEnd: number | null;
  start: number;
  end: number;
  paragraph: number;
  event: string | null;
  topics: Array<{ id: string; stance: Stance }>;
  mentions: Array<{ id: string; role: MentionRole; start: number | null; end: number | null }>;
  claims: Array<{ id: string; polarity: Polarity }>;
  relays: string[];
  respondsTo: string[];
};

/** A name found in the article that is not (yet) an actor; `actor` is the one actor its name keys name, if exactly one. */
export type MentionRow = {
  id: string;
  text: string;
  guess: MentionGuess;
  reason: string;
  start: number;
  end: number;
  nameKeys: string[];
  actor: string | null;
};

export interface IngestPlan {
  articleId: string;
  article: ArticleRow;
  actors: ActorRow[];
  roles: RoleRow[];
  places: PlaceRow[];
  placeLinks: PlaceLinkRow[];
  topics: TopicRow[];
  events: EventRow[];
  involvements: InvolvementRow[];
  claims: ClaimRow[];
  statements: StatementRow[];
  mentions: MentionRow[];
}
