/**
 * A saved web page → the article's text and the metadata in its tags, through Mozilla's
 * Readability (the reader view of Firefox, maintained) on linkedom (a light DOM: no layout, no
 * scripts run). The text is the article's blocks (headings, paragraphs, list items, quotes) one
 * per paragraph, under its headline and byline, so that extraction reads it like a copied page;
 * the metadata — headline, author, publication date (`article:published_time`, JSON-LD
 * `datePublished`) and site name (`og:site_name`) — become the extraction's options when the
 * caller gave none.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { parseDateLine } from '../dates.js';

export interface HtmlArticle {
  /** Headline, byline and paragraphs separated by blank lines: what extraction reads. */
  text: string;
  headline?: string;
  author?: string;
  /** An ISO date or date-time, when the page's tags give one. */
  publishedAt?: string;
  siteName?: string;
  url?: string;
}

/** Whether text that came without a name ending in .html looks like a web page. */
export function looksLikeHtml(text: string): boolean {
  return /^\s*(?:<!--[\s\S]*?-->\s*)*(?:<!doctype html|<html[\s>]|<head[\s>]|<body[\s>])/i.test(text.slice(0, 2000));
}

const BLOCKS = 'h1, h2, h3, h4, h5, h6, p, li, blockquote, pre, figcaption, td';

const clean = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

/** The page's article, or an Error naming what is missing. */
export function readHtml(html: string): HtmlArticle {
  const { document } = parseHTML(html);
  const meta = (selector: string) => clean(document.querySelector(selector)?.getAttribute('content')) || undefined;
  const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? meta('meta[property="og:url"]');
  // Readability changes the document it reads: the metadata above is read first.
  const tagged = {
    publishedAt: meta('meta[property="article:published_time"]') ?? meta('meta[name="date"]') ?? meta('meta[itemprop="datePublished"]'),
    siteName: meta('meta[property="og:site_name"]'),
    author: meta('meta[name="author"]'),
  };
  const article = new Readability(document as unknown as Document).parse();
  if (!article?.content) throw new Error('the page holds no article text that Readability could find');
  const { document: body } = parseHTML(`<!doctype html><html><body>${article.content}</body></html>`);
  const paragraphs: string[] = [];
  for (const el of body.querySelectorAll(BLOCKS)) {
    // A block inside another (a <p> in a <blockquote> or <li>) is read with its outer block.
    if (el.parentElement?.closest(BLOCKS)) continue;
    const text = clean(el.textContent);
    if (text && paragraphs.at(-1) !== text) paragraphs.push(text);
  }
  if (paragraphs.length === 0) paragraphs.push(clean(article.textContent));
  const headline = clean(article.title) || undefined;
  const author = clean(article.byline ?? tagged.author).replace(/^by\s+/i, '') || undefined;
  const published = article.publishedTime ?? tagged.publishedAt;
  const publishedAt = published ? parseDateLine(published) : undefined;
  const siteName = clean(article.siteName ?? tagged.siteName) || undefined;
  if (headline && paragraphs[0] === headline) paragraphs.shift();
  const text = [headline, author ? `By ${author}` : undefined, ...paragraphs].filter((p): p is string => Boolean(p)).join('\n\n');
  return {
    text,
    ...(headline ? { headline } : {}),
    ...(author ? { author } : {}),
    ...(publishedAt ? { publishedAt } : {}),
    ...(siteName ? { siteName } : {}),
    ...(canonical && /^https?:\/\//.test(canonical) ? { url: canonical } : {}),
  };
}
