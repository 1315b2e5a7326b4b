/**
 * A plain clone of the repository is complete: no tracked file reads, imports or links a folder
 * beside the checkout (the parent's shared folder), and none names an absolute path of the
 * machine it was written on. Each such reference works on that machine and breaks everywhere else.
 * The patterns are built from pieces, so that this file does not match itself.
 */
import { execFileSync } from 'node:child_process';
import { lstatSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../src/config.js';

const SHARED = 'sha' + 'red';
const FORBIDDEN: Array<[string, RegExp]> = [
  // Two dots, a slash or backslash, then the shared folder's name.
  ['a path into the parent folder', new RegExp(String.raw`\.\.[\\/]` + SHARED + String.raw`\b`)],
  // The same path built from parts: path.join(ROOT, <two dots>, <the folder's name>).
  ['a path into the parent folder, built from parts', new RegExp(`${String.raw`['"\x60]\.\.['"\x60]\s*,\s*['"\x60]` + SHARED}['"\\x60]`)],
  // Absolute paths of the workspace this project was written in (not URLs: no character before the slash).
  ['an absolute path of the workspace', new RegExp(`${String.raw`(?<![\w.:/-])/`}work/`)],
  ['an absolute path of the workspace', new RegExp(`${String.raw`(?<![\w.:/-])/`}tmp/${String.raw`cg\b`}`)],
];

/**
 * The files git tracks, or would track once added (new, not ignored), that are regular text files
 * (no symlinks, no NUL byte), relative to the repository.
 */
function trackedTextFiles(): string[] {
  const listed = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  })
    .split('\0')
    .filter(Boolean);
  return listed.filter((file) => {
    const stat = lstatSync(path.join(ROOT, file), { throwIfNoEntry: false });
    return stat?.isFile() && !readFileSync(path.join(ROOT, file)).subarray(0, 8000).includes(0);
  });
}

/** `file:line: what` for every line that matches a forbidden pattern. */
function findReferences(files: string[]): string[] {
  const found: string[] = [];
  for (const file of files) {
    readFileSync(path.join(ROOT, file), 'utf8')
      .split('\n')
      .forEach((line, i) => {
        for (const [what, pattern] of FORBIDDEN) if (pattern.test(line)) found.push(`${file}:${i + 1}: ${what}: ${line.trim().slice(0, 120)}`);
      });
  }
  return found;
}

describe('a plain clone stands alone', () => {
  const files = trackedTextFiles();

  it('has tracked files to check, this one among them', () => {
    expect(files).toContain('tests/repo/standalone.test.ts');
    expect(files).toContain('src/eval/gold.ts');
  });

  it('recognises each kind of reference it looks for', () => {
    const parent = ['..', SHARED].join('/');
    const samples = [
      `see [design](${parent}/design/ARCHITECTURE.md)`,
      `path.resolve(ROOT, '..', '${SHARED}', 'corpus')`,
      `cp /${'work'}/main/x .`,
      `cd /${'tmp'}/cg/standalone`,
    ];
    expect(samples.map((line) => FORBIDDEN.some(([, p]) => p.test(line)))).toEqual([true, true, true, true]);
    expect(FORBIDDEN.some(([, p]) => p.test(`https://example.test/${'work'}/x and data/${SHARED}/corpus`))).toBe(false);
  });

  it('has no tracked file that points outside the repository or into this machine', () => {
    expect(findReferences(files)).toEqual([]);
  });
});
