/**
 * The real server as a child process: `claimgraph serve` against the suite's Neo4j
 * (NEO4J_URI set, so nothing local starts) on a free port, resolved once it listens.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { ROOT } from '../../src/config.js';
import { freePort } from './net.js';
import { suiteNeo4jUri } from './neo4j-uri.js';

export interface RunningServer {
  process: ChildProcess;
  url: string;
  /** Everything the server has logged so far (JSON lines on stderr). */
  logs(): string;
  kill(): void;
}

export async function startServer(env: Record<string, string> = {}): Promise<RunningServer> {
  const port = await freePort();
  const child = spawn(process.execPath, [path.join(ROOT, 'bin', 'claimgraph.js'), 'serve'], {
    env: { ...process.env, NEO4J_URI: suiteNeo4jUri(), PORT: String(port), LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let logs = '';
  child.stderr!.on('data', (chunk) => (logs += chunk));
  const deadline = Date.now() + 60_000;
  while (!logs.includes('claimgraph API on')) {
    if (Date.now() > deadline || child.exitCode !== null) {
      child.kill('SIGKILL');
      throw new Error(`server did not start:\n${logs}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    process: child,
    url: `http://127.0.0.1:${port}`,
    logs: () => logs,
    kill: () => {
      if (child.exitCode === null) child.kill('SIGKILL');
    },
  };
}
