/** Which stored URLs the explorer may render as links: http(s) only, whatever an older graph holds. */
import { describe, expect, it } from 'vitest';
import { httpHref } from '../../src/dossier/urls.js';

describe('httpHref', () => {
  it.each([
    ['https://www.example.com/news/1', 'https://www.example.com/news/1'],
    ['http://example.org/a?b=c#d', 'http://example.org/a?b=c#d'],
    ['HTTPS://EXAMPLE.ORG/x', 'https://example.org/x'],
  ])('makes %j a link to %j', (url, href) => {
    expect(httpHref(url)).toBe(href);
  });

  it.each([
    'javascript:alert(1)',
    'JAVASCRIPT:alert(1)',
    ' \tjavascript:alert(1)',
    'java\nscript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:x',
    'file:///etc/passwd',
    'ftp://example.org/',
    '//evil.example/x',
    '/relative',
    'not a url',
    '',
    null,
    undefined,
  ])('keeps %j as text', (url) => {
    expect(httpHref(url)).toBeNull();
  });
});
