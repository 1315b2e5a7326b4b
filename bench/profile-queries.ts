/**
 * PROFILE every exploration query on the configured graph (the seed when it is empty) and
 * print a table of database hits, rows and time. The queries are captured from the real
 * repository functions (an observed Graph records what they send), so this measures
 * exactly what the API runs.
 *
 *   npm run bench:profile            # local Neo4j (or NEO4J_URI)
 */
import type { Driver } from 'neo4j-driver';
import { loadConfig } from '../src/config.js';
import { contradictions } from '../src/graph/contradictions.js';
import { actorNetwork } from '../src/graph/network.js';
import { search } from '../src/graph/search.js';
import { neighbourhood, shortestPaths } from '../src/graph/explore.js';
import type { Graph, Row } from '../src/graph/graph.js';
import { stanceCells } from '../src/graph/stances.js';
import { statementPages } from '../src/graph/statements.js';
import { timeline } from '../src/graph/timeline.js';
import { seedIfEmpty } from '../src/ingest/seed.js';
import { createLogger } from '../src/logger.js';
import { connect } from '../src/graph/connect.js';

type Case = [name: string, run: (graph: Graph) => Promise<unknown>];

const LAVROV = 'person:sergei-lavrov';
const MISSILE_DEFENCE = 'topic:us-missile-defence-north-east-asia';

const CASES: Case[] = [
  ['statements (speaker + kind, page 50)', (g) => statementPages(g, [{ filter: { speaker: LAVROV, kind: 'DIRECT_QUOTE' }, offset: 0, limit: 51 }])],
  ['neighbourhood depth 1', (g) => neighbourhood(g, { id: LAVROV, depth: 1, limit: 200 })],
  ['neighbourhood depth 2', (g) => neighbourhood(g, { id: LAVROV, depth: 2, limit: 200 })],
  ['paths maxHops 4', (g) => shortestPaths(g, { from: LAVROV, to: 'person:donald-trump', maxHops: 4, limit: 5, timeoutMs: 5000 })],
  ['stanceMatrix 2 x 1', (g) => stanceCells(g, { actors: [LAVROV, 'person:taro-kono'], topics: [MISSILE_DEFENCE], limit: 2500 })],
  ['stanceMatrix all', (g) => stanceCells(g, { actors: null, topics: null, limit: 2500 })],
  ['timeline topic by month', (g) => timeline(g, { unit: 'month', topic: MISSILE_DEFENCE, actor: null, from: null, to: null, perBucket: 5, maxBuckets: 5000 })],
  ['contradictions', (g) => contradictions(g, { topic: null, actor: null, limit: 20 })],
  ['actorNetwork (all, 500 edges)', (g) => actorNetwork(g, { topic: null, from: null, to: null, minWeight: 1, limit: 500 })],
  ['actorNetwork (topic)', (g) => actorNetwork(g, { topic: MISSILE_DEFENCE, from: null, to: null, minWeight: 1, limit: 500 })],
  ['search "missile defence"', (g) => search(g, { text: 'missile defence', labels: null, limit: 20 })],
];

interface PlanNode {
  dbHits?: number;
  children: PlanNode[];
}
const dbHits = (plan: PlanNode): number => (plan.dbHits ?? 0) + plan.children.reduce((n, c) => n + dbHits(c), 0);

async function profile(driver: Driver, database: string, query: string, params: Row) {
  const session = driver.session({ database, defaultAccessMode: 'READ' });
  try {
    const started = performance.now();
    const result = await session.run(`PROFILE ${query}`, params);
    return { rows: result.records.length, hits: dbHits(result.summary.profile as unknown as PlanNode), ms: performance.now() - started };
  } finally {
    await session.close();
  }
}

async function main() {
  const config = loadConfig();
  const log = createLogger('warn');
  const connection = await connect(config.neo4j, log);
  try {
    if (config.seedDir) await seedIfEmpty(connection.graph, config.seedDir, log);
    console.log('| query | Cypher round-trips | rows | db hits | ms |');
    console.log('|---|---|---|---|---|');
    for (const [name, run] of CASES) {
      const sent: Array<[string, Row]> = [];
      await run(connection.graph.observed((q, p) => sent.push([q, p])));
      // Warm the plan cache, then measure.
      for (const [q, p] of sent) await profile(connection.driver, config.neo4j.database, q, p);
      let rows = 0;
      let hits = 0;
      let ms = 0;
      for (const [q, p] of sent) {
        const m = await profile(connection.driver, config.neo4j.database, q, p);
        rows += m.rows;
        hits += m.hits;
        ms += m.ms;
      }
      console.log(`| ${name} | ${sent.length} | ${rows} | ${hits} | ${ms.toFixed(1)} |`);
    }
  } finally {
    await connection.close();
  }
}

await main();
