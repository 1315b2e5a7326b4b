/**
 * What the local Neo4j runs on: a Java 17+ found on the machine, and the launcher
 * (src/neo4j/launcher) with Neo4j's jars, fetched from Maven Central once through the Maven
 * Wrapper (./mvnw) and cached in .data/neo4j-runtime/<hash>/.
 *
 * <hash> covers the launcher's pom.xml and Java sources, so a later start downloads nothing,
 * and a change to the launcher builds a fresh folder next to the old one (never over it: a
 * running launcher loads classes from its jars lazily).
 */
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { ROOT } from '../config.js';
import type { Logger } from '../logger.js';

const LAUNCHER_DIR = path.join(ROOT, 'src', 'neo4j', 'launcher');
const POM = path.join(LAUNCHER_DIR, 'pom.xml');
export const DEFAULT_RUNTIME_DIR = path.join(ROOT, '.data', 'neo4j-runtime');

/** The Neo4j version, as pinned in the launcher's pom.xml (the single source). */
export const NEO4J_VERSION = /<neo4j\.version>([^<]+)<\/neo4j\.version>/.exec(fs.readFileSync(POM, 'utf8'))?.[1] ?? 'unknown';

const PREREQUISITE =
  'The local Neo4j needs Java 17 or newer (a JDK, on PATH or in JAVA_HOME); ' + 'alternatively set NEO4J_URI to use a Neo4j you run yourself';

export interface Java {
  /** The java executable. */
  bin: string;
  /** Its installation folder (java.home), handed to Maven as JAVA_HOME. */
  home: string;
  /** The feature version: 17, 21, … */
  version: number;
}

export interface Neo4jRuntime {
  java: Java;
  /** The version folder holding neo4j-launcher.jar and lib/. */
  dir: string;
  /** The -cp value (Java expands the lib/* wildcard itself). */
  classpath: string;
  /** True when this call had to run Maven. */
  fetched: boolean;
}

/** Finds Java through JAVA_HOME, else PATH, and checks that it is 17 or newer. */
export function findJava(): Java {
  const exe = process.platform === 'win32' ? 'java.exe' : 'java';
  let bin = exe;
  if (process.env.JAVA_HOME) {
    bin = path.join(process.env.JAVA_HOME, 'bin', exe);
    if (!fs.existsSync(bin)) throw new Error(`${PREREQUISITE}. JAVA_HOME=${process.env.JAVA_HOME} has no bin/${exe}.`);
  }
  // One call gives both the version and java.home (all on stderr).
  const r = spawnSync(bin, ['-XshowSettings:properties', '-version'], { encoding: 'utf8' });
  if (r.error) throw new Error(`${PREREQUISITE}. Could not run "${bin}": ${r.error.message}.`);
  const out = `${r.stderr}${r.stdout}`;
  const spec = /java\.specification\.version = (\S+)/.exec(out)?.[1];
  const home = /java\.home = (.+)/.exec(out)?.[1]?.trim();
  const version = spec ? Number(spec.startsWith('1.') ? spec.slice(2) : spec) : Number.NaN;
  if (!(version >= 17) || !home) {
    throw new Error(`${PREREQUISITE}. "${bin}" is Java ${spec ?? '(version unknown)'}.`);
  }
  return { bin, home, version };
}

/** Makes sure the launcher and Neo4j's jars are in the cache, running Maven if they are not. */
export async function ensureNeo4jRuntime(opts: { dir?: string; log: Logger }): Promise<Neo4jRuntime> {
  const { log } = opts;
  const java = findJava();
  const hash = launcherHash();
  const dir = path.join(opts.dir ?? DEFAULT_RUNTIME_DIR, hash);
  const result = (fetched: boolean): Neo4jRuntime => ({
    java,
    dir,
    classpath: [path.join(dir, 'neo4j-launcher.jar'), path.join(dir, 'lib', '*')].join(path.delimiter),
    fetched,
  });
  if (readStamp(dir) === hash) return result(false);

  // The launcher is compiled here, so a bare JRE is not enough.
  if (!fs.existsSync(path.join(java.home, 'bin', process.platform === 'win32' ? 'javac.exe' : 'javac'))) {
    throw new Error(`${PREREQUISITE}. ${java.home} is a JRE without javac; install a JDK.`);
  }
  const started = Date.now();
  log.info(`fetching Neo4j ${NEO4J_VERSION} with Maven (first run only)…`, { into: dir });

  // Build into a private folder and rename it into place, so that a process that stops
  // half-way, or two processes fetching at once, never leave a half-filled runtime.
  const staging = `${dir}.tmp-${process.pid}`;
  fs.rmSync(staging, { recursive: true, force: true });
  try {
    await runMaven(['-B', '-f', POM, `-Druntime.dir=${staging}`, `-Dlauncher.build.dir=${path.join(staging, 'build')}`, 'package'], java, log);
    fs.rmSync(path.join(staging, 'build'), { recursive: true, force: true });
    fs.writeFileSync(path.join(staging, 'stamp'), `${hash}\n`);
    try {
      fs.renameSync(staging, dir);
    } catch (err) {
      if (readStamp(dir) !== hash) throw err; // else another process finished first: use its copy
    }
  } finally {
    fs.rmSync(staging, { recursive: true, force: true });
  }
  const jars = fs.readdirSync(path.join(dir, 'lib')).length;
  log.info(`Neo4j ${NEO4J_VERSION} runtime ready`, { dir, jars, seconds: Math.round((Date.now() - started) / 100) / 10 });
  const older = fs.readdirSync(path.dirname(dir)).filter((d) => /^[0-9a-f]{16}$/.test(d) && d !== hash);
  if (older.length > 0) {
    log.info('older Neo4j runtimes can be deleted once no local Neo4j started from them runs', {
      folders: older.map((d) => path.join(path.dirname(dir), d)),
    });
  }
  return result(true);
}

/** sha256 of the launcher's pom.xml and sources: the cache key. */
export function launcherHash(): string {
  const h = createHash('sha256');
  const files = [POM, ...listFiles(path.join(LAUNCHER_DIR, 'src'))].sort();
  for (const f of files) h.update(path.relative(LAUNCHER_DIR, f)).update('\0').update(fs.readFileSync(f)).update('\0');
  return h.digest('hex').slice(0, 16);
}

function listFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? listFiles(p) : [p];
  });
}

function readStamp(dir: string): string | undefined {
  try {
    return fs.readFileSync(path.join(dir, 'stamp'), 'utf8').trim();
  } catch {
    return undefined;
  }
}

/** Runs ./mvnw, logging a heartbeat while it downloads and its last lines if it fails. */
async function runMaven(args: string[], java: Java, log: Logger): Promise<void> {
  const win = process.platform === 'win32';
  const child = spawn(path.join(ROOT, win ? 'mvnw.cmd' : 'mvnw'), args, {
    cwd: ROOT,
    env: { ...process.env, JAVA_HOME: java.home },
    stdio: ['ignore', 'pipe', 'pipe'],
    shell: win, // .cmd files cannot be spawned directly
  });
  const tail: string[] = [];
  let downloaded = 0;
  const onData = (chunk: Buffer) => {
    for (const line of chunk.toString('utf8').split(/\r?\n/)) {
      if (!line) continue;
      if (line.includes('Downloaded from')) downloaded++;
      tail.push(line);
      if (tail.length > 30) tail.shift();
    }
  };
  child.stdout.on('data', onData);
  child.stderr.on('data', onData);
  const heartbeat = setInterval(() => log.info('still fetching Neo4j…', { filesDownloaded: downloaded }), 15_000);
  try {
    const code = await new Promise<number | null>((resolve, reject) => {
      child.once('error', reject);
      child.once('close', resolve);
    });
    if (code !== 0) {
      throw new Error(
        `Fetching Neo4j ${NEO4J_VERSION} with Maven failed (exit ${code}). Maven Central must be reachable ` +
          `(proxy settings go in ~/.m2/settings.xml). Last output:\n${tail.join('\n')}`,
      );
    }
  } finally {
    clearInterval(heartbeat);
  }
}
