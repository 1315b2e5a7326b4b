/**
 * Extraction: raw article text → a dossier (the same format as hand-made ones), pure and
 * synchronous. No graph access: actors are emitted without ids (ingest matches them by name to
 * actors already in the graph), except countries and capitals, whose ids are certain.
 *
 * The stages run in the order pipeline.ts lists, over one annotated document (document.ts):
 * text and metadata → structure → mentions and entities → statements → dossier → self-check.
 */
import type { Dossier } from '../dossier/schema.js';
import { buildDossier, syntheticUrl } from './build.js';
import { publisherFromUrl } from './clean.js';
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
  const text = readText(raw); // 1. text and metadata
  const doc = addEntities(addStructure(text)); // 2. structure, 3. mentions and entities
  const { found, unattributed } = addStatements(doc); // 4. statements
  const cleaned = text.cleaned;

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

  const { dossier: draft } = buildDossier({ doc, found, cleaned, url, publishedAt, publisher }); // 5. dossier
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
