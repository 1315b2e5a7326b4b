/** Saved web pages: the article's text through Readability, and its metadata from the tags. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractDossier } from '../../src/extract/index.js';
import { looksLikeHtml, readHtml } from '../../src/extract/input/html.js';

const PAGE = readFileSync(path.join(import.meta.dirname, 'fixtures/article.html'), 'utf8');

describe('readHtml', () => {
  it('keeps the article and drops the page around it', () => {
    const page = readHtml(PAGE);
    expect(page.text.split('\n\n')[0]).toBe('Ministers clash over grain corridor');
    expect(page.text).toContain('Foreign Minister Jane Holm said on Thursday');
    expect(page.text).not.toContain('Most read');
    expect(page.text).not.toContain('Subscribe');
  });

  it('reads the headline, author, publication date and site name from the tags', () => {
    expect(readHtml(PAGE)).toMatchObject({
      headline: 'Ministers clash over grain corridor',
      author: 'Jane Reporter',
      publishedAt: '2024-03-14T09:30:00Z',
      siteName: 'Example Herald',
      url: 'https://herald.example.org/world/grain-corridor',
    });
  });

  it('tells a page from plain text', () => {
    expect(looksLikeHtml(PAGE)).toBe(true);
    expect(looksLikeHtml('Ministers clash\n\nThe minister said <b> was wrong.')).toBe(false);
  });

  it('gives a text that extracts with the page’s metadata', () => {
    const page = readHtml(PAGE);
    const { dossier } = extractDossier(page.text, { published: page.publishedAt, publisher: page.siteName, url: page.url });
    expect(dossier.article).toMatchObject({
      headline: 'Ministers clash over grain corridor',
      publishedAt: '2024-03-14T09:30:00Z',
      publisher: 'Example Herald',
      authors: ['Jane Reporter'],
    });
    expect(dossier.statements.some((s) => s.speaker === 'Jane Holm' && s.text.includes('Every week we wait'))).toBe(true);
  });
});

describe('a page sent as text', () => {
  it('is read as a page by extractDossier (the ingestArticle mutation), its options first', () => {
    const { dossier } = extractDossier(PAGE, { publisher: 'Given Publisher' });
    expect(dossier.article).toMatchObject({
      headline: 'Ministers clash over grain corridor',
      publishedAt: '2024-03-14T09:30:00Z',
      publisher: 'Given Publisher',
    });
    expect(dossier.article.text).not.toContain('<p>');
  });
});
