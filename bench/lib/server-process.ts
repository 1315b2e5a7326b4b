/**
 * A server under test as a child process on a free loopback port — so that its memory and its
 * event loop are its own, not the load generator's — with its RSS read from /proc. The real
 * `claimgraph serve`, and @neo4j/graphql (bench/neo4j-graphql-server.ts) for comparison.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from '../../src/config.js';
import { freePort } from '../../tests/support/net.js';

export interface ServerProcess {
  /** Base URL (no path). */
  url: string;
  pid: number;
  /** The last lines the server logged, for a failure report. */
  tail(): string[];
  stop(): Promise<void>;
}

/** Starts `node <args>` with PORT set to a free port and waits until `healthPath` answers 200. */
async function startServerProcess(args: string[], env: Record<string, string>, healthPath: string, timeoutMs: number): Promise<ServerProcess> {
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, args, {
    env: { ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const lines: string[] = [];
  let partial = '';
  // Always drained (a full pipe would block the server); only the tail is kept.
  child.stderr!.on('data', (chunk: Buffer) => {
    const parts = (partial + chunk.toString()).split('\n');
    partial = parts.pop()!;
    lines.push(...parts);
    if (lines.length > 40) lines.splice(0, lines.length - 40);
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    await exited;
  };
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the server exited during start:\n${lines.join('\n')}`);
    const ok = await fetch(`${url}${healthPath}`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) break;
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`the server did not answer ${healthPath} within ${timeoutMs / 1000} s:\n${lines.join('\n')}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return { url, pid: child.pid!, tail: () => [...lines], stop };
}

export interface Neo4jTarget {
  uri: string;
  user: string;
  password: string;
  database: string;
}

const neo4jEnv = (neo4j: Neo4jTarget) => ({ NEO4J_URI: neo4j.uri, NEO4J_USER: neo4j.user, NEO4J_PASSWORD: neo4j.password, NEO4J_DATABASE: neo4j.database });

/** `claimgraph serve` on `neo4j` (no seeding, auth off on loopback), as a user would run it. */
export function startClaimgraphProcess(neo4j: Neo4jTarget, env: Record<string, string> = {}, timeoutMs = 60_000): Promise<ServerProcess> {
  return startServerProcess(
    [path.join(ROOT, 'bin', 'claimgraph.js'), 'serve'],
    { ...neo4jEnv(neo4j), CLAIMGRAPH_SEED: 'off', CLAIMGRAPH_AUTH: 'off', ...env },
    '/health',
    timeoutMs,
  );
}

/** @neo4j/graphql over the same model (bench/neo4j-graphql/typedefs.graphql) on `neo4j`. */
export function startNeo4jGraphqlProcess(neo4j: Neo4jTarget, timeoutMs = 60_000): Promise<ServerProcess> {
  return startServerProcess(['--import', 'tsx', path.join(ROOT, 'bench', 'neo4j-graphql-server.ts')], neo4jEnv(neo4j), '/health', timeoutMs);
}

/** Resident set size of a process in bytes (Linux /proc). */
export function rssOf(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = /^VmRSS:\s+(\d+)\s+kB/m.exec(status);
  if (!kb) throw new Error(`no VmRSS for process ${pid}`);
  return Number(kb[1]) * 1024;
}
