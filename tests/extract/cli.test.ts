/** `claimgraph extract`: the dossier on stdout, a summary and review items on stderr, clear failures. */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runExtract } from '../../src/cli/extract.js';
import { COMMANDS, helpText, overviewText } from '../../src/cli/help.js';
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

describe('claimgraph extract, any article a person has', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'claimgraph-extract-'));
  const PAGE = path.join(import.meta.dirname, 'fixtures/article.html');

  it('reads a .html file given by name as a page, never as JSON, with its tags’ metadata', async () => {
    expect(await runExtract([PAGE])).toBe(0);
    const dossier = parseDossier(JSON.parse(io.stdout));
    expect(dossier.article).toMatchObject({
      headline: 'Ministers clash over grain corridor',
      publisher: 'Example Herald',
      publishedAt: '2024-03-14T09:30:00Z',
    });
  });

  it('sniffs a page saved as .txt', async () => {
    const file = path.join(dir, 'page.txt');
    writeFileSync(file, readFileSync(PAGE));
    expect(await runExtract([file])).toBe(0);
    expect(JSON.parse(io.stdout).article.publisher).toBe('Example Herald');
  });

  it('decodes a Latin-1 file without U+FFFD', async () => {
    const text = 'Talks in Genève\n\n"We will not yield," Foreign Minister José Müller said at the café on Tuesday.';
    const file = path.join(dir, 'latin1.txt');
    writeFileSync(file, Buffer.from(text, 'latin1'));
    expect(await runExtract([file, '--json'])).toBe(0);
    expect(io.stdout).not.toContain('\uFFFD');
    expect(JSON.parse(io.stdout).article.text).toContain('Genève');
    expect(JSON.parse(io.stderr.trim().split('\n').at(-1)!)).toMatchObject({ encoding: 'windows-1252', format: 'text' });
  });

  it('refuses a French article, an unsupported file type and binary data, naming why', async () => {
    const french = path.join(dir, 'french.txt');
    writeFileSync(
      french,
      'Le ministre refuse\n\nLe ministre des Affaires étrangères a déclaré mardi que la France ne céderait pas aux pressions de ses partenaires européens sur la question du budget, selon un communiqué.',
    );
    expect(await runExtract([french])).toBe(1);
    expect(io.stderr).toContain('the article is in French (fra); claimgraph extracts English only');
    const pdf = path.join(dir, 'story.pdf');
    writeFileSync(pdf, '%PDF-1.7');
    expect(await runExtract([pdf])).toBe(1);
    expect(io.stderr).toContain('unsupported file type ".pdf"');
    const binary = path.join(dir, 'binary.txt');
    writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]));
    expect(await runExtract([binary])).toBe(1);
    expect(io.stderr).toContain('not text');
    expect(io.stdout).toBe('');
  });
});

describe('claimgraph help', () => {
  it.each(Object.keys(COMMANDS) as Array<keyof typeof COMMANDS>)('has usage, an example and a summary for %s', (command) => {
    const text = helpText(command);
    expect(text).toMatch(new RegExp(`^claimgraph ${command}: \\S`));
    expect(text).toContain(`usage: claimgraph ${command}`);
    expect(text).toMatch(/\nexamples?:\n {2}\S/);
    expect(overviewText()).toContain(`  ${command} `);
  });

  it('names every option a command takes', () => {
    for (const flag of ['--replace', '--url', '--published', '--publisher', '--json', '--bulk', '--batch']) expect(helpText('ingest')).toContain(flag);
    expect(helpText('db')).toContain('--files-only DIR');
  });
});
