/**
 * Every query file can be found from its caller and every caller's file exists: a `.cypher`
 * file's name (`read/explore/search` for cypher/read/explore/search.cypher) appears literally,
 * in quotes, in the code that loads it (src/ or bench/), so grepping the name finds the caller;
 * and every name the code passes to `cypher()` is a file. Fragments (cypher/fragments/) are
 * included by other query files as `{{>name}}`, so those are looked for in the .cypher files.
 * Pure: reads the repository only.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../src/config.js';

const CYPHER = path.join(ROOT, 'cypher');
const FRAGMENTS = 'fragments/';

/** Files under `dir` whose name ends with `ext`, relative to `dir`, with `/` separators. */
function filesUnder(dir: string, ext: string): string[] {
  return (readdirSync(dir, { recursive: true, withFileTypes: true }) as Array<{ name: string; parentPath: string; isFile(): boolean }>)
    .filter((e) => e.isFile() && e.name.endsWith(ext))
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    .sort();
}

/** The query names: paths under cypher/ without `.cypher`. */
const names = filesUnder(CYPHER, '.cypher').map((f) => f.slice(0, -'.cypher'.length));
const queries = names.filter((n) => !n.startsWith(FRAGMENTS));
const fragments = names.filter((n) => n.startsWith(FRAGMENTS)).map((n) => n.slice(FRAGMENTS.length));

/** The TypeScript that loads queries (src/, bench/), and tests, which may load one too. */
function sources(folders: string[]): Array<{ file: string; text: string }> {
  return folders.flatMap((folder) =>
    filesUnder(path.join(ROOT, folder), '.ts').map((f) => ({ file: `${folder}/${f}`, text: readFileSync(path.join(ROOT, folder, f), 'utf8') })),
  );
}
const code = sources(['src', 'bench']);
const codeAndTests = [...code, ...sources(['tests']).filter((s) => s.file !== 'tests/repo/cypher-files.test.ts')];
const cypherTexts = names.map((n) => readFileSync(path.join(CYPHER, `${n}.cypher`), 'utf8'));

/** Whether `name` appears in quotes ('…', "…" or `…`), whole, in a TypeScript text. */
function quotes(text: string, name: string): boolean {
  return ["'", '"', '`'].some((q) => text.includes(`${q}${name}${q}`));
}

/** Every quoted text shaped like a query name (`read/…`, `write/…`, `bench/…`). */
function nameShaped(text: string): string[] {
  return [...text.matchAll(/(['"`])((?:read|write|bench)\/[\w/-]+)\1/g)].map((m) => m[2]!);
}

/** The first argument of each `cypher(…)` / `cypherStatements(…)` call, as written. */
function calls(text: string): string[] {
  return [...text.matchAll(/\bcypher(?:Statements)?\(\s*([^,)]+)/g)].map((m) => m[1]!.trim());
}

describe('cypher/ files and their callers', () => {
  it('finds the query files', () => {
    expect(queries).toContain('read/explore/search');
    expect(fragments.length).toBeGreaterThan(0);
  });

  it('names every query file literally in src/ or bench/', () => {
    expect(queries.filter((q) => !code.some((s) => quotes(s.text, q)))).toEqual([]);
  });

  it('includes every fragment from some query file', () => {
    const included = new Set(cypherTexts.flatMap((t) => [...t.matchAll(/\{\{>([\w-]+)\}\}/g)].map((m) => m[1]!)));
    expect(fragments.filter((f) => !included.has(f))).toEqual([]);
    expect([...included].filter((f) => !fragments.includes(f))).toEqual([]);
  });

  it('gives cypher() names that are files', () => {
    const literal = codeAndTests.flatMap((s) => calls(s.text).map((arg) => ({ file: s.file, arg })));
    const quoted = literal.flatMap(({ file, arg }) => {
      const m = /^(['"`])([^'"`$]*)\1$/.exec(arg);
      return m ? [{ file, name: m[2]! }] : [];
    });
    expect(quoted.length).toBeGreaterThan(10);
    expect(quoted.filter((q) => !queries.includes(q.name))).toEqual([]);
  });

  it('never builds a query name from a template', () => {
    const built = codeAndTests.flatMap((s) =>
      calls(s.text)
        .filter((arg) => arg.includes('${'))
        .map((arg) => `${s.file}: cypher(${arg}`),
    );
    expect(built).toEqual([]);
  });

  it('has no name-shaped literal in src/ or bench/ that is not a file', () => {
    // Names kept in a table (the ingest steps) and passed to cypher() later are checked here.
    const shaped = code.flatMap((s) => nameShaped(s.text).map((name) => ({ file: s.file, name })));
    expect(shaped.filter((s) => !queries.includes(s.name))).toEqual([]);
  });
});
