/**
 * `claimgraph keys` for real (a child process against the suite's Neo4j): create prints a
 * secret that works, list shows keys without secrets, revoke stops a key at once.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../../src/config.js';
import { roleOfApiKey } from '../../src/graph/api-keys.js';
import { suiteNeo4jUri } from '../support/neo4j-uri.js';
import { openGraph, resetGraph } from '../support/graph.js';

const db = openGraph();
beforeAll(() => resetGraph(db.graph));
afterAll(() => db.close());

function claimgraph(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(ROOT, 'bin', 'claimgraph.js'), 'keys', ...args], {
      env: { ...process.env, NEO4J_URI: suiteNeo4jUri(), LOG_LEVEL: 'warn' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('exit', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('claimgraph keys', () => {
  it('creates, lists and revokes keys', async () => {
    const created = await claimgraph(['create', '--role', 'reader', '--name', 'newsroom dashboard']);
    expect(created.code).toBe(0);
    const secret = created.stdout.trim();
    expect(secret).toMatch(/^cgk_[\w-]{43}$/);
    const id = /Created (apikey:[0-9a-f]+) \(reader, "newsroom dashboard"\)/.exec(created.stderr)?.[1];
    expect(id).toBeDefined();
    expect(await roleOfApiKey(db.graph, secret)).toBe('reader');

    const listed = await claimgraph(['list']);
    expect(listed.code).toBe(0);
    expect(listed.stdout).toMatch(new RegExp(`${id}\\s+reader\\s+newsroom dashboard\\s+\\S+\\s+-`));
    expect(listed.stdout).not.toContain(secret.slice(4));

    const revoked = await claimgraph(['revoke', id!]);
    expect(revoked.code).toBe(0);
    expect(revoked.stderr).toContain(`Revoked ${id}`);
    expect(await roleOfApiKey(db.graph, secret)).toBeNull();
    expect((await claimgraph(['list'])).stdout).not.toMatch(new RegExp(`${id}.*\\s-$`, 'm'));
  }, 60_000);

  it('refuses an unknown role, a missing id and an unknown key with exit 1', async () => {
    const badRole = await claimgraph(['create', '--role', 'superuser']);
    expect(badRole.code).toBe(1);
    expect(badRole.stderr).toContain('--role must be one of reader, editor, admin.');
    expect((await claimgraph(['revoke'])).code).toBe(1);
    const unknown = await claimgraph(['revoke', 'apikey:000000000000']);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('No API key apikey:000000000000');
  }, 60_000);
});
