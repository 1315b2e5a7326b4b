/**
 * Extraction: raw article text → a dossier (the same format as hand-made ones), pure and
 * synchronous. No graph access: actors are emitted without ids (ingest matches them by name to
 * actors already in the graph), except countries and capitals, whose ids are certain.
 *
 *   clean.ts        site chrome out; headline, standfirst, byline, date, publisher
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
import { buildDossier, syntheticUrl } from './build.js';
import { cleanArticle, publisherFromUrl } from './clean.js';
import type { Doc } from './document.js';
import { findEntities } from './entities.js';
import { splitParagraphs, splitSentences } from './paragraphs.js';
import { findQuotes, insideAny } from './quotes.js';
import { checkDossier, type ReviewItem } from './selfcheck.js';
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
  review: ReviewItem[];
}

/** Statements less certain than this are listed for review. */
export const REVIEW_BELOW = 0.7;

function publicationDate(option: string | undefined, fromText: string | undefined): string | undefined {
  if (option) {
    const day = /^\d{4}-\d{2}-\d{2}$/.test(option);
    // The text's own time of day when it agrees with the given day.
    if (day && fromText?.startsWith(option) && fromText.length > 10) return fromText;
    if (!day && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?$/.test(option)) return `${option.length === 16 ? `${option}:00` : option}Z`;
    return option;
  }
  return fromText;
}

export function extractDossier(raw: string, options: ExtractOptions = {}): { dossier: Dossier; report: ExtractionReport } {
  const review: ExtractionReport['review'] = [];
  const cleaned = cleanArticle(raw);
  if (!cleaned.text) throw new Error('the article has no text');

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
  let publishedAt = publicationDate(options.published, cleaned.publishedAt);
  if (!publishedAt) {
    publishedAt = new Date().toISOString().slice(0, 10);
    review.push({ path: 'article.publishedAt', reason: 'no publication date in the text or options: today used', confidence: 0 });
  }
  const publisher =
    options.publisher ??
    cleaned.publisher ??
    publisherFromUrl(url) ??
    (url.startsWith('http') ? new URL(url).hostname.replace(/^www\./, '') : 'Unknown publisher');
  if (!options.publisher && !cleaned.publisher && !publisherFromUrl(url)) {
    review.push({ path: 'article.publisher', reason: `publisher not found in the text: "${publisher}" used`, confidence: 0.3 });
  }

  const { dossier: draft } = buildDossier({ doc, found, cleaned, url, publishedAt, publisher });
  // The extractor's own output is checked as ingest will check it: what fails is dropped for review, never the article.
  const checked = checkDossier(draft);
  const dossier = checked.dossier;
  const kept = checked.kept.map((i) => found[i]!);
  review.push(...checked.review);

  dossier.statements.forEach((s, i) => {
    if (s.confidence < REVIEW_BELOW) {
      const f = kept[i]!;
      review.push({ path: `statements[${i}]`, reason: `${s.kind} by ${s.speaker}: ${f.cue}`, confidence: s.confidence });
    }
  });
  // Names that are not actors: each one is for a reviewer to promote or dismiss.
  dossier.mentions.forEach((m, i) => {
    review.push({ path: `mentions[${i}]`, reason: `${m.guess.toLowerCase()} "${m.text}": ${m.reason}`, confidence: 0 });
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
