/**
 * Named Cypher queries live in `cypher/<folder>/<name>.cypher`; code refers to them by name so
 * that every query the API runs can be read, reviewed and PROFILEd on its own.
 *
 * Values are always parameters. Cypher can't take two things as parameters: labels (needed
 * for an index seek) and the bounds of a quantified path pattern (`{1,3}`). A query marks
 * them `{{name}}`, and `cypher(name, slots)` fills them only with a label or relationship
 * type of the model, or a small non-negative integer — never with text from a request.
 * `{{>name}}` includes the static fragment cypher/fragments/<name>.cypher, for a part that
 * several queries share.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from '../config.js';
import { NODE_LABELS, RELATIONSHIP_TYPES } from './model.js';

const cache = new Map<string, string>();
const VOCABULARY = new Set<string>([...NODE_LABELS, ...RELATIONSHIP_TYPES]);
const MAX_BOUND = 1000;

export type Slots = Record<string, string | number>;

export function cypher(name: string, slots: Slots = {}): string {
  let text = cache.get(name);
  if (text === undefined) {
    text = read(name).replace(/\{\{>([\w-]+)\}\}/g, (_, fragment: string) => read(`fragments/${fragment}`).trimEnd());
    cache.set(name, text);
  }
  return text.replace(/\{\{(\w+)\}\}/g, (_, slot: string) => fill(name, slot, slots[slot]));
}

function read(name: string): string {
  return readFileSync(path.join(ROOT, 'cypher', `${name}.cypher`), 'utf8');
}

function fill(query: string, slot: string, value: string | number | undefined): string {
  if (typeof value === 'number' && Number.isSafeInteger(value) && value >= 0 && value <= MAX_BOUND) return String(value);
  if (typeof value === 'string' && VOCABULARY.has(value)) return value;
  throw new Error(`Query ${query}: slot {{${slot}}} needs a model label, relationship type or integer 0..${MAX_BOUND}, got ${JSON.stringify(value)}`);
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
