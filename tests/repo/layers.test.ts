/**
 * Layers look down only: every relative import in `src/**\/*.ts` goes to the same folder or to a
 * folder in a lower layer, and no folders import each other in a loop. The order is written once,
 * here, and matches docs/ARCHITECTURE.md §3. No Neo4j needed: the files are read as text.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const SRC = path.join(ROOT, 'src');

/**
 * From the bottom up. A folder may import its own files and folders in lower layers; folders
 * in one layer don't import each other. `config` stands for the files directly in src/
 * (config.ts, logger.ts, throttled.ts, loopback.ts); `model` is the registry of node and
 * relationship types, pure data that everything may read.
 */
const LAYERS: string[][] = [
  ['model'],
  ['config'],
  ['dossier'],
  ['extract', 'eval', 'gen', 'auth', 'export'],
  ['neo4j'],
  ['graph'],
  ['ingest'],
  ['schema'],
  ['server'],
  ['cli'],
];

/** Browser bundles, outside the order: they may import these pure folders and nothing else. */
const BROWSER: Record<string, string[]> = { explorer: ['export', 'dossier', 'model'] };

interface Import {
  file: string; // relative to the repository
  line: number;
  specifier: string;
  from: string; // folder of the importing file
  to: string; // folder of the imported file
}

/** The folder (layer unit) of a path inside src/: its first directory, or `config` for top-level files. */
function folderOf(absolute: string): string {
  const parts = path.relative(SRC, absolute).split(path.sep);
  return parts.length > 1 ? parts[0]! : 'config';
}

function tsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return tsFiles(full);
    return entry.name.endsWith('.ts') ? [full] : [];
  });
}

/** The source with comments blanked (newlines kept, so line numbers hold); strings are left alone. */
function withoutComments(source: string): string {
  return source.replace(/\/\*[\s\S]*?\*\/|\/\/[^\n]*|'(?:\\.|[^'\\\n])*'|"(?:\\.|[^"\\\n])*"|`(?:\\.|[^`\\])*`/g, (token) =>
    token.startsWith('/') ? token.replace(/[^\n]/g, ' ') : token,
  );
}

/** Relative specifiers of `import … from`, `export … from`, `import '…'` and `import('…')`, with their lines. */
function relativeImports(source: string): Array<{ specifier: string; line: number }> {
  const code = withoutComments(source);
  const found: Array<{ specifier: string; index: number }> = [];
  for (const pattern of [/\bfrom\s*(['"])(\.\.?\/[^'"]+)\1/g, /\bimport\s*\(?\s*(['"])(\.\.?\/[^'"]+)\1/g]) {
    for (const match of code.matchAll(pattern)) found.push({ specifier: match[2]!, index: match.index });
  }
  return found.map(({ specifier, index }) => ({ specifier, line: code.slice(0, index).split('\n').length }));
}

function allImports(): Import[] {
  return tsFiles(SRC).flatMap((absolute) =>
    relativeImports(readFileSync(absolute, 'utf8')).map(({ specifier, line }) => ({
      file: path.relative(ROOT, absolute),
      line,
      specifier,
      from: folderOf(absolute),
      to: folderOf(path.resolve(path.dirname(absolute), specifier)),
    })),
  );
}

const layerOf = new Map(LAYERS.flatMap((folders, rank) => folders.map((folder) => [folder, rank] as const)));

/** Why an import between two folders breaks the order, or undefined when it is allowed. */
function violation({ from, to }: Import): string | undefined {
  if (from === to) return undefined;
  if (BROWSER[from]) return BROWSER[from].includes(to) ? undefined : `the browser bundle ${from} may import only ${BROWSER[from].join(', ')}`;
  if (BROWSER[to]) return `${to} is a browser bundle, not a module to import`;
  const a = layerOf.get(from);
  const b = layerOf.get(to);
  if (a === undefined) return `src/${from} has no layer: add it to LAYERS here and to docs/ARCHITECTURE.md §3`;
  if (b === undefined) return `src/${to} has no layer: add it to LAYERS here and to docs/ARCHITECTURE.md §3`;
  if (b > a) return `${from} imports ${to}, a higher layer`;
  if (b === a) return `${from} imports ${to}, a folder in the same layer`;
  return undefined;
}

/** Folder-level cycles (Tarjan's strongly connected components of more than one folder). */
function folderCycles(imports: Import[]): string[][] {
  const edges = new Map<string, Set<string>>();
  for (const { from, to } of imports) {
    if (from === to) continue;
    if (!edges.has(from)) edges.set(from, new Set());
    edges.get(from)!.add(to);
  }
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const components: string[][] = [];
  const visit = (node: string): void => {
    index.set(node, index.size);
    low.set(node, index.get(node)!);
    stack.push(node);
    onStack.add(node);
    for (const next of edges.get(node) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node)!, low.get(next)!));
      } else if (onStack.has(next)) low.set(node, Math.min(low.get(node)!, index.get(next)!));
    }
    if (low.get(node) === index.get(node)) {
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.push(member);
      } while (member !== node);
      if (component.length > 1) components.push(component.sort());
    }
  };
  for (const node of edges.keys()) if (!index.has(node)) visit(node);
  return components;
}

const describeImport = (i: Import): string => `${i.file}:${i.line}: import '${i.specifier}' (${i.from} → ${i.to})`;

describe('layers import downward only', () => {
  const imports = allImports();

  it('reads each kind of import, and none in comments', () => {
    const sample = [
      "import type { A } from '../a/x.js';",
      'import {',
      '  b,',
      "} from './b.js';",
      "export { c } from '../c/y.js';",
      "import '../d/side-effect.js';",
      "const e = await import('../e/lazy.js');",
      "// import { no } from '../comment/line.js';",
      "/* import { no } from '../comment/block.js'; */",
      "import { z } from 'zod';",
    ].join('\n');
    expect(relativeImports(sample)).toEqual(
      expect.arrayContaining([
        { specifier: '../a/x.js', line: 1 },
        { specifier: './b.js', line: 4 },
        { specifier: '../c/y.js', line: 5 },
        { specifier: '../d/side-effect.js', line: 6 },
        { specifier: '../e/lazy.js', line: 7 },
      ]),
    );
    expect(relativeImports(sample)).toHaveLength(5);
  });

  it('finds the imports of src/ (the command imports the server)', () => {
    expect(imports.length).toBeGreaterThan(100);
    expect(imports.some((i) => i.file === path.join('src', 'cli', 'main.ts') && i.to === 'server')).toBe(true);
  });

  it('has no import into a higher layer, nor between folders of one layer', () => {
    const broken = imports.flatMap((i) => {
      const why = violation(i);
      return why ? [`${describeImport(i)}: ${why}`] : [];
    });
    expect(broken).toEqual([]);
  });

  it('has no cycle between folders', () => {
    const cycles = folderCycles(imports).map((members) => {
      const inside = imports.filter((i) => i.from !== i.to && members.includes(i.from) && members.includes(i.to));
      return `${members.join(' ↔ ')}: ${inside.map(describeImport).join('; ')}`;
    });
    expect(cycles).toEqual([]);
  });
});
