/**
 * `claimgraph db import` for real, as a child process: a small corpus into a managed local
 * Neo4j of its own (own data folder and port), the indexes built on the first start, and the
 * refusals that protect a database in use or one that holds data.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../../src/config.js';
import { writeCorpus } from '../../src/gen/main.js';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'claimgraph-db-import-'));
const corpus = writeCorpus({ size: 'XS', seed: 3, out: path.join(tmp, 'corpus') });
const dataDir = path.join(tmp, 'neo4j');
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function claimgraph(args: string[], env: Record<string, string> = {}): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const { NEO4J_URI: _, ...inherited } = process.env;
    const child = spawn(process.execPath, [path.join(ROOT, 'bin', 'claimgraph.js'), ...args], {
      env: {
        ...inherited,
        NEO4J_DATA_DIR: dataDir,
        NEO4J_BOLT_PORT: String(Number(process.env.NEO4J_TEST_BOLT_PORT ?? 7688) + 31),
        NEO4J_HEAP: '512m',
        LOG_LEVEL: 'info',
        ...env,
      },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('exit', (code) => resolve({ code, stderr }));
  });
}

describe('claimgraph db import', () => {
  it('loads a corpus offline, reports the counts, and builds the indexes on the first start', async () => {
    const run = await claimgraph(['db', 'import', corpus.dir]);
    expect(run.code).toBe(0);
    const finished = run.stderr.split('\n').find((l) => l.includes('"msg":"db import finished"'));
    expect(JSON.parse(finished!)).toMatchObject({ dossiers: 40, refused: 0, statements: corpus.statements });
    expect(run.stderr).toContain('"msg":"neo4j ready"');
    // The CSV files are gone once the database holds them.
    expect(readdirSync(dataDir)).not.toContain('import');
  }, 180_000);

  it('refuses to overwrite a database that holds data unless told to', async () => {
    const run = await claimgraph(['db', 'import', corpus.dir]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('already holds a database; --overwrite replaces it');
  });

  it('refuses a server of your own (NEO4J_URI) and says how to load one', async () => {
    const run = await claimgraph(['db', 'import', corpus.dir], { NEO4J_URI: 'bolt://127.0.0.1:1' });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('--files-only DIR');
  });

  it('writes only the CSV files with --files-only', async () => {
    const out = path.join(tmp, 'files');
    const run = await claimgraph(['db', 'import', corpus.dir, '--files-only', out], { NEO4J_URI: 'bolt://127.0.0.1:1' });
    expect(run.code).toBe(0);
    expect(readdirSync(out)).toContain('statements.csv');
  });
});
