/** `claimgraph schema`: print the Pothos schema as SDL into schema/schema.graphql. */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { ROOT } from '../config.js';
import { schema } from '../schema/index.js';

export const SCHEMA_FILE = path.join(ROOT, 'schema', 'schema.graphql');

export function printedSchema(): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}

export async function runSchema(check: boolean): Promise<number> {
  const printed = printedSchema();
  if (check) {
    const current = await readFile(SCHEMA_FILE, 'utf8').catch(() => '');
    if (current === printed) return 0;
    process.stderr.write(`${SCHEMA_FILE} is stale: run "npm run schema:print".\n`);
    return 1;
  }
  await writeFile(SCHEMA_FILE, printed);
  process.stderr.write(`wrote ${path.relative(process.cwd(), SCHEMA_FILE)}\n`);
  return 0;
}
