/**
 * Extraction: raw article text → a dossier (the same format as hand-made ones), pure and
 * synchronous. No graph access: actors are emitted without ids (ingest matches them by name to
 * actors already in the graph), except countries and capitals, whose ids are certain.
 *
 *   clean.ts        site chrome out; headline, standfirst, byline, date, publisher
 *   metadata.ts     the article's date and publisher: options, date lines, datelines, agencies
 *   fingerprint.ts  the article's id, from its text (the same text is the same article)
 *   input/          file bytes → text (encoding.ts), HTML → text and metadata (html.ts), language.ts
 *   paragraphs.ts   paragraphs and sentences with offsets
 *   quotes.ts       quotation marks → quoted spans
 *   gazetteer.ts    countries, capitals, demonyms, cities, regions, known organisations
 *   lexicon.ts      speech verbs, titles, honorifics, first names (compromise's lexicon)
 *   tokens.ts       word tokens with offsets
 *   entities.ts     people, countries, organisations, places and their mentions
 *   registry.ts     the entities found, and who "he" / "the minister" / "Kim" is at a point
 *   phrases.ts      the actor a noun phrase names ("a ministry spokeswoman", "the company")
 *   speakers.ts     the speaker of an attribution's noun phrase; speech verbs
 *   attribution.ts  the speaker of each quote
 *   reported.ts     indirect speech, paraphrases and speech relayed inside quotes
 *   transcript.ts   interview lines ("Kono: …")
 *   nested.ts       quotes inside quotes
 *   statements.ts   all statements in reading order; interpreted scenes
 *   build.ts        the dossier
 */
import type { Dossier } from '../dossier/schema.js';
import { parseDossier } from '../dossier/validate.js';
import { buildDossier, syntheticUrl } from './build.js';
import { cleanArticle } from './clean.js';
import { articleMetadata } from './metadata.js';
import { articleIdOfText } from './fingerprint.js';
import { languageRefusal } from './input/language.js';
import { looksLikeHtml, readHtml } from './input/html.js';
import { DossierError } from '../dossier/errors.js';
import type { Doc } from './document.js';
import { findEntities } from './entities.js';
import { splitParagraphs, splitSentences } from './paragraphs.js';
import { findQuotes, insideAny } from './quotes.js';
import { findStatements } from './statements.js';
import { findTranscript } from './transcript.js';

export interface ExtractOptions {
  url?: string;
  /** YYYY-MM-DD or ISO date-time. */
  published?: string;
  publisher?: string;
}

export interface ExtractionReport {
  statements: number;
  directQuotes: number;
  actors: number;
  review: Array<{ path: string; reason: string; confidence: number }>;
}

/** Statements less certain than this are listed for review. */
export const REVIEW_BELOW = 0.7;

/** The `published` option as a date or ISO date-time (with the text's time of day when it agrees), else undefined. */
function publicationDate(option: string | undefined, fromText: string | undefined): string | undefined {
  if (!option) return undefined;
  const day = /^\d{4}-\d{2}-\d{2}$/.test(option);
  if (day && fromText?.startsWith(option) && fromText.length > 10) return fromText;
  if (!day && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?$/.test(option)) return `${option.length === 16 ? `${option}:00` : option}Z`;
  return option;
}

/** A page's article text, with its tags' metadata under the options given. */
function pageInput(html: string, given: ExtractOptions): { raw: string; options: ExtractOptions } {
  const page = readHtml(html);
  return {
    raw: page.text,
    options: { url: given.url ?? page.url, published: given.published ?? page.publishedAt, publisher: given.publisher ?? page.siteName },
  };
}

export function extractDossier(input: string, given: ExtractOptions = {}): { dossier: Dossier; report: ExtractionReport } {
  const review: ExtractionReport['review'] = [];
  // A web page sent as text (the ingestArticle mutation) is read as the CLI reads an .html file.
  const { raw, options } = looksLikeHtml(input) ? pageInput(input, given) : { raw: input, options: given };
  const cleaned = cleanArticle(raw);
  if (!cleaned.text) throw new Error('the article has no text');
  // Another language is refused, never parsed as English (input/language.ts).
  const foreign = languageRefusal(cleaned.text);
  if (foreign) throw new DossierError([{ path: 'article.text', message: foreign }]);

  const paragraphs = splitParagraphs(cleaned.text);
  const header = new Set(cleaned.standfirst ? [0, 1] : [0]);
  const transcript = findTranscript(paragraphs, header);
  const quotes = findQuotes(cleaned.text, paragraphs, header, new Set(transcript.map((t) => t.paragraph)));
  const inside = insideAny(quotes);
  const sentences = paragraphs.flatMap((p) => splitSentences(p, inside));
  const registry = findEntities(cleaned.text, paragraphs, sentences, quotes, cleaned.datelines);
  const doc: Doc = { text: cleaned.text, paragraphs, sentences, quotes, registry, header, datelines: cleaned.datelines, transcript };
  const { found, unattributed } = findStatements(doc);

  const url = options.url ?? cleaned.url ?? syntheticUrl(cleaned.text);
  // Date and publisher: the options, else the text (metadata.ts); unknown stays unknown.
  const meta = articleMetadata(raw, cleaned, { ...options, url: options.url ?? cleaned.url }, publicationDate(options.published, cleaned.publishedAt));
  const { publishedAt, publisher } = meta;
  review.push(...meta.review);

  const { dossier: draft } = buildDossier({ doc, found, cleaned, url, publishedAt, publisher });
  // The id comes from the text, not the url: re-ingesting it from anywhere is the same article.
  draft.article = { id: articleIdOfText(cleaned.text), ...draft.article };
  const dossier = parseDossier(draft);

  dossier.statements.forEach((s, i) => {
    if (s.confidence < REVIEW_BELOW) {
      const f = found[i]!;
      review.push({ path: `statements[${i}]`, reason: `${s.kind} by ${s.speaker}: ${f.cue}`, confidence: s.confidence });
    }
  });
  for (const u of unattributed) {
    const words = cleaned.text.slice(u.start, u.end);
    review.push({
      path: `article.text[${u.start}..${u.end}]`,
      reason: `${u.reason}: "${words.length > 60 ? `${words.slice(0, 57)}...` : words}"`,
      confidence: 0,
    });
  }
  return {
    dossier,
    report: {
      statements: dossier.statements.length,
      directQuotes: dossier.statements.filter((s) => s.kind === 'DIRECT_QUOTE').length,
      actors: dossier.actors.length,
      review,
    },
  };
}
