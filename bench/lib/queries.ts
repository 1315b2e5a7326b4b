/**
 * The benchmarked requests: one claimgraph GraphQL document per analyst query, with its
 * variables taken from the loaded graph (top speakers, busiest topics — one query at start),
 * and the equivalent @neo4j/graphql document where that API can express it.
 */
import { cypher } from '../../src/graph/cypher.js';
import type { Graph } from '../../src/graph/graph.js';

export interface GraphQLRequest {
  query: string;
  variables: Record<string, unknown>;
}

export interface BenchCase {
  name: string;
  claimgraph: GraphQLRequest;
  /** The @neo4j/graphql equivalent, or why there is none. */
  neo4jGraphql: GraphQLRequest | { na: string };
}

/** What the arguments are picked from: the graph's busiest speakers and topics. */
export interface Picks {
  speakers: Array<{ id: string; name: string; aliases: string[]; statements: number }>;
  topics: Array<{ id: string; name: string; statements: number }>;
  firstDate: string | null;
  lastDate: string | null;
}

export async function pickArguments(graph: Graph): Promise<Picks> {
  const [row] = await graph.read(cypher('bench/pick-arguments'), {}, { timeoutMs: 600_000 });
  if (!row || row.speakers.length === 0 || row.topics.length === 0) {
    throw new Error('The graph has no statements with speakers and topics: load a corpus first.');
  }
  return row as Picks;
}

/** The spelling the alias lookup uses: an alias when the actor has one, else its name. */
export function aliasOf(speaker: Picks['speakers'][number]): string {
  return speaker.aliases[0] ?? speaker.name;
}

function minusYears(date: string, years: number): string {
  const [y, rest] = [Number(date.slice(0, 4)), date.slice(4)];
  return `${y - years}${rest}`;
}

const NEIGHBOURHOOD = `query Neighbourhood($id: ID!, $depth: Int!) {
  neighbourhood(id: $id, depth: $depth, limit: 200) {
    truncated
    nodes { id label type distance }
    edges { source target type }
  }
}`;

const PATHS = `query Paths($from: ID!, $to: ID!, $maxHops: Int!) {
  paths(from: $from, to: $to, maxHops: $maxHops, limit: 5) {
    length
    nodes { id label type }
    edges { source target type }
  }
}`;

export function benchCases(p: Picks): BenchCase[] {
  const top = p.speakers[0]!;
  const far = p.speakers[p.speakers.length - 1]!;
  const topic = p.topics[0]!;
  const alias = aliasOf(top);
  const to = p.lastDate ?? '2020-01-01';
  const from = minusYears(to, 10);
  const searchText =
    (topic.name ?? 'statement')
      .split(/\s+/)
      .filter((w) => w.length > 3)
      .slice(0, 2)
      .join(' ') || topic.name;

  return [
    {
      name: 'actor by alias',
      claimgraph: {
        query: `query ActorByAlias($name: String!) { actor(name: $name) { id name aliases ... on Person { roles { title } } } }`,
        variables: { name: alias },
      },
      neo4jGraphql: {
        // Exact spelling only: @neo4j/graphql has no case-insensitive list match, and no index serves it.
        query: `query ActorByAlias($name: String!) { actors(where: { OR: [{ name: { eq: $name } }, { aliases: { includes: $name } }] }, limit: 1) { id name aliases } }`,
        variables: { name: alias },
      },
    },
    {
      name: 'statements (speaker, page 50, nested)',
      claimgraph: {
        query: `query Statements($speaker: ID!) {
  statements(filter: { speaker: $speaker }, first: 50) {
    totalCount
    edges { node {
      id text kind when
      speaker { id name }
      article { id headline publishedAt publisher { name } }
      topics { stance topic { id name } }
    } }
  }
}`,
        variables: { speaker: top.id },
      },
      neo4jGraphql: {
        // Ordered by saidOn (claimgraph orders by the article's date, then reading order: not
        // expressible). No article.publishedAt: @neo4j/graphql formats DateTime values with
        // APOC (apoc.date.convertFormat), which the embedded Neo4j does not have.
        query: `query Statements($speaker: ID!) {
  statementsConnection(first: 50, where: { speaker: { some: { id: { eq: $speaker } } } }, sort: [{ saidOn: DESC }]) {
    totalCount
    edges { node {
      id text kind saidOn
      speaker { id name }
      article { id headline publisher { name } }
      topicsConnection { edges { properties { stance } node { id name } } }
    } }
  }
}`,
        variables: { speaker: top.id },
      },
    },
    {
      name: 'neighbourhood depth 1',
      claimgraph: { query: NEIGHBOURHOOD, variables: { id: top.id, depth: 1 } },
      neo4jGraphql: {
        // An approximation: the actor's own statements and mentions (200 each), not every relationship type.
        query: `query Neighbourhood($id: ID!) {
  actors(where: { id: { eq: $id } }) {
    id name
    statements(limit: 200) { id text }
    mentionedIn(limit: 200) { id text }
  }
}`,
        variables: { id: top.id },
      },
    },
    {
      name: 'neighbourhood depth 2',
      claimgraph: { query: NEIGHBOURHOOD, variables: { id: top.id, depth: 2 } },
      neo4jGraphql: {
        na: 'nested selections are per relationship field with a limit each; "nearest 200 nodes over any type within 2 hops" is not expressible',
      },
    },
    {
      name: 'paths maxHops 4',
      claimgraph: { query: PATHS, variables: { from: top.id, to: far.id, maxHops: 4 } },
      neo4jGraphql: { na: 'no shortest-path query' },
    },
    {
      name: 'paths maxHops 6',
      claimgraph: { query: PATHS, variables: { from: top.id, to: far.id, maxHops: 6 } },
      neo4jGraphql: { na: 'no shortest-path query' },
    },
    {
      name: `stanceMatrix ${p.speakers.length}x${p.topics.length}`,
      claimgraph: {
        query: `query StanceMatrix($actors: [ID!], $topics: [ID!]) {
  stanceMatrix(actors: $actors, topics: $topics) { actor { id name } topic { id name } support oppose concern neutral total }
}`,
        variables: { actors: p.speakers.map((s) => s.id), topics: p.topics.map((t) => t.id) },
      },
      neo4jGraphql: { na: 'counts grouped by actor × topic × relationship property (stance) are not expressible in one query' },
    },
    {
      name: 'timeline 10y by month',
      claimgraph: {
        query: `query Timeline($topic: ID!, $from: Date!, $to: Date!) {
  timeline(topic: $topic, from: $from, to: $to, bucket: MONTH) { label start count statements { id text speaker { name } } }
}`,
        variables: { topic: topic.id, from, to },
      },
      neo4jGraphql: { na: 'no grouping by date period (and topic hierarchy)' },
    },
    {
      name: 'contradictions',
      claimgraph: {
        query: `query Contradictions { contradictions(first: 20) {
  claim { id text }
  affirmedBy { actor { id name } statements { id text } }
  deniedBy { actor { id name } statements { id text } }
} }`,
        variables: {},
      },
      neo4jGraphql: { na: 'a join of opposite-polarity assertions by different speakers is not expressible' },
    },
    {
      name: 'actorNetwork',
      claimgraph: {
        query: `query ActorNetwork { actorNetwork(limit: 500) { truncated nodes { id label type } edges { source target type properties } } }`,
        variables: {},
      },
      neo4jGraphql: { na: 'derived weighted edges (co-topic, co-event, mentions) need aggregation over paths' },
    },
    {
      name: 'actorRanking',
      claimgraph: {
        query: `query ActorRanking { actorRanking(metric: PAGERANK, first: 20) { rank score actor { id name } } }`,
        variables: {},
      },
      neo4jGraphql: { na: 'a graph algorithm (PageRank) over the derived network' },
    },
    {
      name: 'search',
      claimgraph: {
        query: `query Search($text: String!) { search(text: $text, first: 20) { score type label fragment } }`,
        variables: { text: searchText },
      },
      neo4jGraphql: {
        na: '@fulltext covers one type per query; ranked search across statements, actors, places, topics and articles with fragments is not expressible',
      },
    },
  ];
}
