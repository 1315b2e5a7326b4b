/**
 * kill -9 of Neo4j in the middle of a large ingest: after a restart on the same data the
 * dossier is wholly absent (the kill came before the commit), the graph is exactly what it was
 * before, and the same dossier then ingests whole.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { applySchema, countGraph } from '../../src/graph/admin.js';
import { cypher } from '../../src/graph/cypher.js';
import { DatabaseUnavailableError, type Graph } from '../../src/graph/graph.js';
import { generateCorpus, SIZES } from '../../src/gen/corpus.js';
import { ingestDossier } from '../../src/ingest/ingest.js';
import type { LocalNeo4j } from '../../src/neo4j/local-server.js';
import { seedDossier } from '../support/graph.js';
import { graphOn, startOwnNeo4j } from '../support/own-neo4j.js';

// Beside the suite's own Neo4j (NEO4J_TEST_BOLT_PORT), so that suites on other ports never meet here.
const BOLT_PORT = Number(process.env.NEO4J_TEST_BOLT_PORT ?? 7688) + 26;
/** Large enough that its write transaction sends several statement batches. */
const STATEMENTS = 4_000;

let neo4j: LocalNeo4j | undefined;
let db: ReturnType<typeof graphOn> | undefined;
afterAll(async () => {
  await db?.close();
  await neo4j?.stop();
});

function bigDossier(): any {
  const [dossier] = generateCorpus({ ...SIZES.XS, statements: STATEMENTS, articles: 1 }, 7);
  return dossier;
}

async function articleCounts(graph: Graph, articleId: string) {
  const [row] = await graph.read(
    `OPTIONAL MATCH (a:Article {id: $id})
     OPTIONAL MATCH (s:Statement)-[:REPORTED_IN]->(a)
     OPTIONAL MATCH (s)-[r]->()
     RETURN count(DISTINCT a) AS articles, count(DISTINCT s) AS statements, count(DISTINCT r) AS statementLinks`,
    { id: articleId },
  );
  return row as { articles: number; statements: number; statementLinks: number };
}

/** Every statement has exactly one speaker and one source article. */
async function inconsistentStatements(graph: Graph): Promise<number> {
  const [row] = await graph.read(
    `MATCH (s:Statement)
     WHERE COUNT { (s)-[:ATTRIBUTED_TO]->() } <> 1 OR COUNT { (s)-[:REPORTED_IN]->() } <> 1
     RETURN count(s) AS bad`,
  );
  return row!.bad;
}

describe('Neo4j killed in the middle of an ingest', () => {
  it('leaves the dossier wholly absent, and the graph as it was', async () => {
    neo4j = await startOwnNeo4j(BOLT_PORT, { fresh: true });
    db = graphOn(neo4j.uri);
    await applySchema(db.graph);
    await ingestDossier(db.graph, seedDossier());
    const before = await countGraph(db.graph);
    const dossier = bigDossier();
    expect(dossier.statements.length).toBe(STATEMENTS);

    // Kill while the write transaction sends its second batch of new statements: after
    // actors, topics, the article and 1,000 statements were written, before the commit.
    const statementsQuery = cypher('write/ingest/12-statements-new');
    let batches = 0;
    const victim = neo4j;
    const killing = db.graph.observed((query) => {
      if (query === statementsQuery && ++batches === 2) process.kill(victim.pid, 'SIGKILL');
    });
    const failure = await ingestDossier(killing, dossier).then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(batches).toBeGreaterThanOrEqual(2);
    expect(failure).toBeInstanceOf(DatabaseUnavailableError);

    neo4j = await startOwnNeo4j(BOLT_PORT, { fresh: false });
    // The same driver reconnects on its own.
    expect(await articleCounts(db.graph, dossier.article.id)).toEqual({ articles: 0, statements: 0, statementLinks: 0 });
    expect(await countGraph(db.graph)).toEqual(before);
    expect(await inconsistentStatements(db.graph)).toBe(0);

    await ingestDossier(db.graph, dossier);
    const whole = await articleCounts(db.graph, dossier.article.id);
    expect(whole.articles).toBe(1);
    expect(whole.statements).toBe(STATEMENTS);
    expect(await inconsistentStatements(db.graph)).toBe(0);
  }, 300_000);
});
