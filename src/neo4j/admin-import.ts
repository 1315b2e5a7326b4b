/**
 * `neo4j-admin database import full` on the managed local Neo4j's data folder: the offline
 * bulk path (an empty, stopped database, written directly as store files). The importer ships
 * in the Neo4j jars the launcher already uses (neo4j-import-tool), so this runs the same
 * runtime with its admin entry point, with the data folder as NEO4J_HOME.
 */
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import type { Logger } from '../logger.js';
import { ensureNeo4jRuntime } from './runtime.js';

export interface AdminImportOptions {
  /** The local Neo4j's data folder (its home); must not be in use. */
  home: string;
  database: string;
  nodes: string[];
  relationships: string[];
  arrayDelimiter: string;
  /** Heap of the import JVM, like NEO4J_HEAP. */
  heap: string;
  log: Logger;
  /** Told each progress line of the importer. */
  onOutput?: (line: string) => void;
}

export async function adminImport(options: AdminImportOptions): Promise<void> {
  const runtime = await ensureNeo4jRuntime({ log: options.log });
  mkdirSync(path.join(options.home, 'logs'), { recursive: true });
  const unicode = (c: string) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
  const args = [
    `-Xmx${options.heap}`,
    '-cp',
    runtime.classpath,
    'org.neo4j.cli.AdminTool',
    'database',
    'import',
    'full',
    // before the file lists, which would otherwise take it for one more file
    options.database,
    '--overwrite-destination=true',
    `--array-delimiter=${unicode(options.arrayDelimiter)}`,
    // Texts span lines. (The v2 chunker, which takes a list of such files, fails on large
    // article files here: "found CR outside a text cell".)
    '--multiline-fields=true',
    `--report-file=${path.join(options.home, 'logs', 'import.report')}`,
    ...options.nodes.map((f) => `--nodes=${f}`),
    ...options.relationships.map((f) => `--relationships=${f}`),
  ];
  const child = spawn(runtime.java.bin, args, {
    env: { ...process.env, NEO4J_HOME: options.home, NEO4J_CONF: path.join(options.home, 'conf') },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const tail: string[] = [];
  const lines = (stream: NodeJS.ReadableStream) =>
    createInterface({ input: stream, crlfDelay: Infinity }).on('line', (line: string) => {
      if (line.trim() === '') return;
      tail.push(line);
      if (tail.length > 40) tail.shift();
      options.onOutput?.(line);
    });
  lines(child.stdout);
  lines(child.stderr);
  const code = await new Promise<number | null>((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', resolve);
  });
  if (code !== 0) throw new Error(`neo4j-admin database import failed (exit ${code}):\n${tail.join('\n')}`);
}
