/** `claimgraph extract`: the dossier on stdout, a summary and review items on stderr, clear failures. */
import { describe, expect, it } from 'vitest';
import { runExtract } from '../../src/cli/extract.js';
import { parseDossier } from '../../src/dossier/validate.js';
import { SEED_RAW_FILE as SEED_RAW } from '../support/paths.js';
import { captureStdio } from '../support/stdio.js';

const io = captureStdio();

describe('claimgraph extract', () => {
  it('prints the dossier as indented JSON, and a one-line summary on stderr', async () => {
    const code = await runExtract([SEED_RAW, '--published', '2017-11-24', '--publisher', 'The Independent', '--url', 'https://example.test/seed']);
    expect(code).toBe(0);
    expect(io.stdout).toMatch(/^\{\n {2}"article": \{/);
    const dossier = parseDossier(JSON.parse(io.stdout));
    expect(dossier.article).toMatchObject({ url: 'https://example.test/seed', publisher: 'The Independent' });
    expect(io.stderr).toMatch(/\d+ statements \(9 direct quotes\), \d+ actors, 0 to review/);
  });

  it('fails clearly for a missing file, a bad date or no file at all', async () => {
    expect(await runExtract(['/no/such/article.txt'])).toBe(1);
    expect(io.stderr).toContain('cannot read /no/such/article.txt: no such file');
    expect(await runExtract([SEED_RAW, '--published', 'yesterday'])).toBe(1);
    expect(io.stderr).toContain('--published must be a date');
    expect(await runExtract([])).toBe(1);
    expect(io.stderr).toContain('usage: claimgraph extract');
    expect(io.stdout).toBe('');
  });
});
