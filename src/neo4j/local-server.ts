/**
 * The managed local Neo4j: starts the launcher (src/neo4j/launcher) on a data folder, waits
 * until Bolt answers, and stops it. One process per data folder, recorded in a pid file
 * there; a second start on the same folder reuses the running one.
 *
 * The launcher stops by itself when its stdin closes, so a Node process that dies without
 * calling stop() does not leave Neo4j behind.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import neo4j from 'neo4j-driver';
import { log as defaultLog, type Logger } from '../logger.js';
import { ensureNeo4jRuntime, NEO4J_VERSION } from './runtime.js';

export interface LocalNeo4jOptions {
  /** Neo4j's home: data/, logs/ and the pid file go here. Created if missing. */
  dataDir: string;
  /** Bolt port on 127.0.0.1. */
  boltPort: number;
  /** How long to wait for Bolt to answer, not counting the first-run Maven fetch. Default 120 s. */
  timeoutMs?: number;
  log?: Logger;
  /** JVM heap (-Xmx), e.g. "1g". Default: NEO4J_HEAP, else 1g. */
  heap?: string;
  /** Neo4j page cache, e.g. "512m". Default: NEO4J_PAGECACHE, else 512m. */
  pageCache?: string;
  /** Where the fetched runtime is cached. Default: .data/neo4j-runtime. */
  runtimeDir?: string;
}

export interface LocalNeo4j {
  /** bolt://127.0.0.1:<port>; authentication is off, any credentials are accepted. */
  uri: string;
  /** True when an instance already running on this data folder was reused. */
  reused: boolean;
  /** The launcher's process id. */
  pid: number;
  /** Stops the instance this call started (SIGTERM, then SIGKILL after 20 s). A no-op when reused. */
  stop(): Promise<void>;
}

const PID_FILE = 'claimgraph-neo4j.pid';
const KILL_AFTER_MS = 20_000;
/** How long a port may stay busy before we call it taken (a previous instance may be closing). */
const PORT_GRACE_MS = 15_000;

// As in Neo4j's own neo4j.conf: let Netty and the page cache use direct buffers without
// warnings, bound the JDK's per-thread buffer cache, and die rather than limp on after an OOM.
const JVM_FLAGS = [
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  '-Dio.netty.tryReflectionSetAccessible=true',
  '-Djdk.nio.maxCachedBufferSize=1024',
  '-XX:+ExitOnOutOfMemoryError',
];

interface Owner {
  pid: number;
  port: number;
}

export async function startLocalNeo4j(opts: LocalNeo4jOptions): Promise<LocalNeo4j> {
  const log = opts.log ?? defaultLog;
  const dataDir = path.resolve(opts.dataDir);
  const port = opts.boltPort;
  const uri = `bolt://127.0.0.1:${port}`;
  const timeoutMs = opts.timeoutMs ?? 120_000;
  const heap = size(opts.heap ?? process.env.NEO4J_HEAP ?? '1g', 'heap');
  const pageCache = size(opts.pageCache ?? process.env.NEO4J_PAGECACHE ?? '512m', 'page cache');
  const pidFile = path.join(dataDir, PID_FILE);
  fs.mkdirSync(dataDir, { recursive: true });

  const owner = await findOwner(pidFile, port, uri, Date.now() + timeoutMs, log);
  if (owner) {
    log.info('reusing the local Neo4j already running on this data folder', { uri, pid: owner.pid, dataDir });
    return { uri, reused: true, pid: owner.pid, stop: async () => {} };
  }

  const runtime = await ensureNeo4jRuntime({ dir: opts.runtimeDir, log });
  const deadline = Date.now() + timeoutMs; // the first-run fetch is not counted
  await waitPortFree(port, Math.min(deadline, Date.now() + PORT_GRACE_MS));

  // Claim the folder before spawning (with our own pid for now), so that a concurrent start
  // waits for this one instead of racing it. Losing the race means starting over: reuse.
  if (!claim(pidFile, { pid: process.pid, port })) return startLocalNeo4j(opts);

  log.info(`starting local Neo4j ${NEO4J_VERSION}`, { uri, dataDir, heap, pageCache });
  const started = Date.now();
  const child = spawn(
    runtime.java.bin,
    [`-Xmx${heap}`, ...JVM_FLAGS, '-cp', runtime.classpath, 'claimgraph.Neo4jLauncher', dataDir, String(port)],
    // stdin stays open for the launcher's lifetime: its EOF is the "parent is gone" signal.
    { stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, NEO4J_PAGECACHE: pageCache } },
  );
  child.stdin?.on('error', () => {}); // EPIPE once the launcher is gone: nothing to do
  const output = watchOutput(child, log);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  let stopping: Promise<void> | undefined;

  const release = () => {
    if (readOwner(pidFile)?.pid === child.pid) fs.rmSync(pidFile, { force: true });
  };
  // A Node process that exits without stop(): take the pid file away at once, so that the next
  // start does not reuse an instance that is about to stop on stdin EOF.
  const onExit = () => {
    release();
    child.kill('SIGTERM');
  };

  const stop = (): Promise<void> =>
    (stopping ??= (async () => {
      process.off('exit', onExit);
      // (no pid: spawning failed, there is nothing to stop and no 'exit' will come)
      if (child.pid !== undefined && child.exitCode === null && child.signalCode === null) {
        child.stdin?.end();
        child.kill('SIGTERM');
        const killer = setTimeout(() => {
          log.warn('local Neo4j did not stop in time; killing it', { pid: child.pid });
          child.kill('SIGKILL');
        }, KILL_AFTER_MS);
        await exited;
        clearTimeout(killer);
      }
      release();
      log.info('local Neo4j stopped', { uri });
    })());

  try {
    if (child.pid === undefined) await new Promise((_, reject) => child.once('error', reject));
    write(pidFile, { pid: child.pid!, port });
    process.on('exit', onExit);
    await raceDeadline(output.ready, deadline, `the launcher did not report READY within ${Math.round(timeoutMs / 1000)} s`);
    await waitBolt(uri, deadline);
  } catch (err) {
    await stop().catch(() => {});
    if (readOwner(pidFile)?.pid === process.pid) fs.rmSync(pidFile, { force: true });
    const reason = err instanceof Error ? err.message : String(err);
    throw new Error(
      `Local Neo4j failed to start on ${uri}: ${reason}.\n` +
        `Last launcher output (more in ${path.join(dataDir, 'logs', 'debug.log')}):\n${output.tail().join('\n') || '(none)'}`,
    );
  }

  child.once('exit', (code, signal) => {
    if (stopping) return;
    release();
    log.error('local Neo4j exited unexpectedly', { code, signal, lastOutput: output.tail() });
  });
  log.info('local Neo4j is ready', { uri, pid: child.pid, seconds: Math.round((Date.now() - started) / 100) / 10 });
  return { uri, reused: false, pid: child.pid!, stop };
}

/** Whether a local Neo4j started by claimgraph runs on this data folder now. */
export function localNeo4jRunning(dataDir: string): boolean {
  const pidFile = path.join(path.resolve(dataDir), PID_FILE);
  const owner = readOwner(pidFile);
  return owner !== undefined && isAlive(owner.pid) && !writtenBeforeBoot(pidFile);
}

/**
 * The live process already serving this folder on this port, if any. Removes a stale pid
 * file; waits while the owner is still starting; refuses an owner on another port.
 */
async function findOwner(pidFile: string, port: number, uri: string, deadline: number, log: Logger): Promise<Owner | undefined> {
  for (;;) {
    const owner = readOwner(pidFile);
    if (!owner) return undefined;
    if (!isAlive(owner.pid) || writtenBeforeBoot(pidFile)) {
      log.info('removing a stale pid file', { pidFile, pid: owner.pid });
      fs.rmSync(pidFile, { force: true });
      return undefined;
    }
    if (owner.port !== port) {
      throw new Error(
        `${path.dirname(pidFile)} is already served by a local Neo4j (pid ${owner.pid}) on port ${owner.port}, ` +
          `not ${port}. Use port ${owner.port}, or stop that process first ` +
          `(if it is not Neo4j, its pid was reused: delete ${pidFile}).`,
      );
    }
    if (await boltAnswers(uri)) return owner;
    if (Date.now() > deadline) {
      throw new Error(
        `Process ${owner.pid} holds ${path.dirname(pidFile)} but ${uri} does not answer. ` +
          `If that process is not Neo4j, delete ${pidFile}; otherwise stop it.`,
      );
    }
    await sleep(500);
  }
}

/** Collects the launcher's output: resolves `ready` on its READY line, keeps the last lines. */
function watchOutput(child: ChildProcess, log: Logger) {
  const lines: string[] = [];
  const keep = (line: string) => {
    lines.push(line);
    if (lines.length > 40) lines.shift();
    log.debug('neo4j launcher', { line });
  };
  const ready = new Promise<void>((resolve, reject) => {
    readline.createInterface({ input: child.stdout! }).on('line', (line) => {
      keep(line);
      if (line.startsWith('READY ')) resolve();
    });
    // Always drained, also after READY: a full pipe would block the launcher.
    readline.createInterface({ input: child.stderr! }).on('line', keep);
    child.once('error', reject); // e.g. java vanished since findJava()
    // 'close' rather than 'exit': by then every line has been read, so the error shows them.
    child.once('close', (code, signal) => reject(new Error(`the launcher exited (${signal ?? `code ${code}`})`)));
  });
  ready.catch(() => {}); // observed by the caller; avoids an unhandled rejection after READY
  return { ready, tail: () => [...lines] };
}

async function waitBolt(uri: string, deadline: number): Promise<void> {
  while (!(await boltAnswers(uri))) {
    if (Date.now() > deadline) throw new Error(`${uri} did not accept a Bolt connection in time`);
    await sleep(250);
  }
}

/** Whether a Neo4j answers on this Bolt address (with authentication off, as ours runs). */
export async function boltAnswers(uri: string): Promise<boolean> {
  // No auth token means scheme "none".
  const driver = neo4j.driver(uri, undefined, { connectionTimeout: 2_000, maxConnectionPoolSize: 1 });
  try {
    await driver.verifyConnectivity();
    return true;
  } catch {
    return false;
  } finally {
    await driver.close();
  }
}

/** Waits for 127.0.0.1:port to be free; fails with a clear message if it stays taken. */
async function waitPortFree(port: number, until: number): Promise<void> {
  while (!(await portFree(port))) {
    if (Date.now() > until) {
      throw new Error(
        `Port ${port} on 127.0.0.1 is in use by another program (another Neo4j?). Choose another Bolt port (NEO4J_BOLT_PORT) or stop that program.`,
      );
    }
    await sleep(500);
  }
}

function portFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(false));
    server.listen({ port, host: '127.0.0.1', exclusive: true }, () => server.close(() => resolve(true)));
  });
}

function readOwner(pidFile: string): Owner | undefined {
  let text: string;
  try {
    text = fs.readFileSync(pidFile, 'utf8');
  } catch {
    return undefined;
  }
  try {
    const v = JSON.parse(text) as Partial<Owner>;
    if (Number.isInteger(v.pid) && Number.isInteger(v.port)) return { pid: v.pid!, port: v.port! };
  } catch {
    // fall through: unreadable means stale
  }
  return { pid: -1, port: -1 };
}

/** Creates the pid file only if none exists, with its full content at once (link is atomic). */
function claim(pidFile: string, owner: Owner): boolean {
  const tmp = `${pidFile}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, JSON.stringify(owner));
  try {
    fs.linkSync(tmp, pidFile);
    return true;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw err;
  } finally {
    fs.rmSync(tmp, { force: true });
  }
}

/** Replaces the pid file atomically. */
function write(pidFile: string, owner: Owner): void {
  const tmp = `${pidFile}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, JSON.stringify(owner));
  fs.renameSync(tmp, pidFile);
}

function isAlive(pid: number): boolean {
  if (pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM'; // alive, owned by another user
  }
}

/** A pid file older than the last boot names a pid that has since been reused. */
function writtenBeforeBoot(pidFile: string): boolean {
  try {
    return fs.statSync(pidFile).mtimeMs < Date.now() - os.uptime() * 1000;
  } catch {
    return false;
  }
}

async function raceDeadline<T>(p: Promise<T>, deadline: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(what)), Math.max(0, deadline - Date.now()));
  });
  try {
    return await Promise.race([p, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

function size(value: string, what: string): string {
  if (!/^\d+[kmg]$/i.test(value.trim())) throw new Error(`Invalid Neo4j ${what} size "${value}": use e.g. 512m or 2g.`);
  return value.trim().toLowerCase();
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
