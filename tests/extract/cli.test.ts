/** `claimgraph extract`: the dossier on stdout, a summary and review items on stderr, clear failures. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { runExtract } from '../../src/cli/extract.js';
import { parseDossier } from '../../src/dossier/validate.js';
import { SEED_RAW_FILE as SEED_RAW } from '../support/paths.js';

let stdout = '';
let stderr = '';
beforeEach(() => {
  stdout = '';
  stderr = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => ((stdout += String(chunk)), true));
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => ((stderr += String(chunk)), true));
});
afterEach(() => vi.restoreAllMocks());

describe('claimgraph extract', () => {
  it('prints the dossier as indented JSON, and a one-line summary on stderr', async () => {
    const code = await runExtract([SEED_RAW, '--published', '2017-11-24', '--publisher', 'The Independent', '--url', 'https://example.test/seed']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^\{\n {2}"article": \{/);
    const dossier = parseDossier(JSON.parse(stdout));
    expect(dossier.article).toMatchObject({ url: 'https://example.test/seed', publisher: 'The Independent' });
    expect(stderr).toMatch(/\d+ statements \(9 direct quotes\), \d+ actors, 0 to review/);
  });

  it('fails clearly for a missing file, a bad date or no file at all', async () => {
    expect(await runExtract(['/no/such/article.txt'])).toBe(1);
    expect(stderr).toContain('cannot read /no/such/article.txt: no such file');
    expect(await runExtract([SEED_RAW, '--published', 'yesterday'])).toBe(1);
    expect(stderr).toContain('--published must be a date');
    expect(await runExtract([])).toBe(1);
    expect(stderr).toContain('usage: claimgraph extract');
    expect(stdout).toBe('');
  });
});
