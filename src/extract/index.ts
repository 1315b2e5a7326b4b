/**
 * Extraction: raw article text → a dossier (the same format as hand-made ones), pure and
 * synchronous. No graph access: actors are emitted without ids (ingest matches them by name to
 * actors already in the graph), except countries and capitals, whose ids are certain.
 *
 * The stages run in the order pipeline.ts lists, over one annotated document (document.ts):
 * text and metadata → structure → mentions and entities → statements → dossier → self-check.
 * Before them, a web page is read as its article text and tags (input/html.ts); the article's
 * date and publisher come from metadata.ts, its id from its text (fingerprint.ts).
 */
import type { Dossier } from '../dossier/schema.js';
import { buildDossier, syntheticUrl } from './build.js';
import { articleIdOfText } from './fingerprint.js';
import { looksLikeHtml, readHtml } from './input/html.js';
import { articleMetadata } from './metadata.js';
import { addEntities, addStatements, addStructure, readText, reviewItems } from './pipeline.js';
import { checkDossier, type ReviewItem } from './selfcheck.js';

export { REVIEW_BELOW } from './pipeline.js';

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
  const text = readText(raw); // 1. text and metadata (another language is refused here)
  const doc = addEntities(addStructure(text)); // 2. structure, 3. mentions and entities
  const { found, unattributed } = addStatements(doc); // 4. statements
  const cleaned = text.cleaned;

  const url = options.url ?? cleaned.url ?? syntheticUrl(cleaned.text);
  // Date and publisher: the options, else the text (metadata.ts); unknown stays unknown.
  const meta = articleMetadata(raw, cleaned, { ...options, url: options.url ?? cleaned.url }, publicationDate(options.published, cleaned.publishedAt));
  const { publishedAt, publisher } = meta;
  review.push(...meta.review);

  const { dossier: draft } = buildDossier({ doc, found, cleaned, url, publishedAt, publisher }); // 5. dossier
  // The id comes from the text, not the url: re-ingesting it from anywhere is the same article.
  draft.article = { id: articleIdOfText(cleaned.text), ...draft.article };
  // 6. The extractor checks its own output as ingest will: what fails is dropped for review, never the article.
  const { dossier, kept, review: dropped } = checkDossier(draft);
  review.push(
    ...dropped,
    ...reviewItems(
      doc,
      dossier,
      kept.map((i) => found[i]!),
      unattributed,
    ),
  );
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
