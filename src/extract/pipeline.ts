/**
 * Extraction's stages, in the order they run over one annotated document (document.ts). Each
 * reads the layers the stages before it wrote and adds its own; `extractDossier` (index.ts)
 * calls them in this order and nothing else.
 *
 *   1. text and metadata      readText        clean.ts: site chrome out; headline, byline, date, publisher;
 *                                             input/language.ts: another language is refused
 *   2. structure              addStructure    paragraphs.ts, transcript.ts, quotes.ts: paragraphs,
 *                                             interview lines, quotation marks, sentences (split around quotes)
 *   3. mentions and entities  addEntities     entities.ts with entity-scan.ts, gazetteer-names.ts,
 *                                             name-runs.ts, people.ts, unclear.ts; registry.ts holds the layer;
 *                                             names that are no entity are kept as mentions
 *   4. statements             addStatements   statements.ts, per sentence in reading order (a pronoun
 *                                             needs the speakers before it): each quote attributed
 *                                             (attribution.ts, speakers.ts, phrases.ts), the speech it
 *                                             relays and nests (reported.ts, nested.ts), then the
 *                                             sentence's reported speech (reported.ts, clauses.ts)
 *   5. dossier                buildDossier    build.ts (dates.ts, topics.ts)
 *   6. self-check and review  checkDossier, reviewItems   selfcheck.ts: what fails validation is
 *                                             dropped for review, never the article
 *
 * Tokens are made per sentence by the rules that need them (tokens.ts); the gazetteer and
 * lexicon are read-only data. Stage 4 keeps its own layer of attention (attention.ts: whom "he"
 * or "the statement" means, given who has spoken). What still reaches back: stage 4 adds to
 * stage 3's layer the groups and transcript speakers that only an attribution names, and the
 * mentions of them, through the registry's methods — not by calling the entity rules again.
 */
import { DossierError } from '../dossier/errors.js';
import type { Dossier } from '../dossier/schema.js';
import { cleanArticle } from './clean.js';
import { languageRefusal } from './input/language.js';
import { Attention } from './attention.js';
import type { EntityLayer, Found, StructureLayer, TextLayer } from './document.js';
import { findEntities } from './entities.js';
import { splitParagraphs, splitSentences } from './paragraphs.js';
import { findQuotes, insideAny } from './quotes.js';
import type { ReviewItem } from './selfcheck.js';
import { findStatements, type Unattributed } from './statements.js';
import { findTranscript } from './transcript.js';

/** Stage 1: the article's text, without site chrome, and its metadata. */
export function readText(raw: string): TextLayer {
  const cleaned = cleanArticle(raw);
  if (!cleaned.text) throw new Error('the article has no text');
  // Another language is refused, never parsed as English (input/language.ts).
  const foreign = languageRefusal(cleaned.text);
  if (foreign) throw new DossierError([{ path: 'article.text', message: foreign }]);
  return { text: cleaned.text, cleaned };
}

/** Stage 2: paragraphs (the headline and standfirst marked), interview lines, quotation marks and sentences. */
export function addStructure(doc: TextLayer): StructureLayer {
  const paragraphs = splitParagraphs(doc.text);
  const header = new Set(doc.cleaned.standfirst ? [0, 1] : [0]);
  const transcript = findTranscript(paragraphs, header);
  const quotes = findQuotes(doc.text, paragraphs, header, new Set(transcript.map((t) => t.paragraph)));
  const inside = insideAny(quotes);
  const sentences = paragraphs.flatMap((p) => splitSentences(p, inside));
  return { ...doc, paragraphs, header, transcript, quotes, sentences, datelines: doc.cleaned.datelines };
}

/** Stage 3: the entities the text names, each mention of them, and the names that are no entity. */
export function addEntities(doc: StructureLayer): EntityLayer {
  return { ...doc, registry: findEntities(doc.text, doc.paragraphs, doc.sentences, doc.quotes, doc.datelines) };
}

/** Stage 4: the statements, in reading order, and the quotations nobody could be found to say. */
export function addStatements(doc: EntityLayer): { found: Found[]; unattributed: Unattributed[] } {
  return findStatements({ ...doc, attention: new Attention(doc.registry) });
}

/** Statements less certain than this are listed for review. */
export const REVIEW_BELOW = 0.7;

/**
 * Stage 6's review items beyond what the self-check dropped: the uncertain statements (`found`
 * holds the statements of the checked dossier, in its order), the names that are not actors, and
 * the quotations with no speaker.
 */
export function reviewItems(doc: TextLayer, dossier: Dossier, found: Found[], unattributed: Unattributed[]): ReviewItem[] {
  const review: ReviewItem[] = [];
  dossier.statements.forEach((s, i) => {
    if (s.confidence < REVIEW_BELOW) review.push({ path: `statements[${i}]`, reason: `${s.kind} by ${s.speaker}: ${found[i]!.cue}`, confidence: s.confidence });
  });
  // Names that are not actors: each one is for a reviewer to promote or dismiss.
  dossier.mentions.forEach((m, i) => {
    review.push({ path: `mentions[${i}]`, reason: `${m.guess.toLowerCase()} "${m.text}": ${m.reason}`, confidence: 0 });
  });
  for (const u of unattributed) {
    const words = doc.text.slice(u.start, u.end);
    review.push({
      path: `article.text[${u.start}..${u.end}]`,
      reason: `${u.reason}: "${words.length > 60 ? `${words.slice(0, 57)}...` : words}"`,
      confidence: 0,
    });
  }
  return review;
}
