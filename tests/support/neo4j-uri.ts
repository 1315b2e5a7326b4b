/**
 * The suite's Neo4j, as the integration project's global setup provides it (tests/support/
 * global-setup.ts). The unit project provides none: a test there that reaches for the database
 * (directly, through openGraph, or through a server or CLI it starts) fails here, loudly, instead
 * of quietly starting a Neo4j of its own or hanging on a connection.
 */
import { inject } from 'vitest';

export function suiteNeo4jUri(): string {
  const uri = inject('neo4jUri');
  if (!uri) {
    throw new Error(
      'This test needs Neo4j, but it runs in the `unit` project, which has none. Move it to an integration folder ' +
        '(the `unit` project is the folders listed in UNIT_TESTS in vitest.config.ts; everything else is `integration`).',
    );
  }
  return uri;
}
