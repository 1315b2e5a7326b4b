/**
 * Named Cypher queries live in `cypher/<folder>/<name>.cypher`; code refers to them by name so
 * that every query the API runs can be read, reviewed and PROFILEd on its own.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from '../config.js';

const cache = new Map<string, string>();

export function cypher(name: string): string {
  let text = cache.get(name);
  if (text === undefined) {
    text = readFileSync(path.join(ROOT, 'cypher', `${name}.cypher`), 'utf8');
    cache.set(name, text);
  }
  return text;
}

/** A file of several statements separated by `;` (comments with `//` dropped). */
export function cypherStatements(name: string): string[] {
  return cypher(name)
    .split('\n')
    .filter((line) => !line.trim().startsWith('//'))
    .join('\n')
    .split(';')
    .map((s) => s.trim())
    .filter(Boolean);
}
