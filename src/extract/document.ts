/**
 * The one annotated document extraction works on (as spaCy's components each annotate one
 * `Doc`). Each stage of pipeline.ts reads the layers earlier stages wrote and adds its own:
 * the text and its metadata, its structure, its entities, its statements.
 */
import type { StatementKind } from '../dossier/schema.js';
import type { Attention } from './attention.js';
import type { CleanedArticle } from './clean.js';
import type { Entity, Registry } from './registry.js';
import type { Paragraph, Sentence } from './paragraphs.js';
import type { Quote } from './quotes.js';
import { sentenceAround } from './spans.js';
import type { TranscriptLine } from './transcript.js';

/** Stage 1: the text without site chrome, and the metadata found around it. */
export interface TextLayer {
  text: string;
  /** Headline, standfirst, byline, date, publisher, datelines. */
  cleaned: CleanedArticle;
}

/** Stage 2: paragraphs, interview lines, quotation marks and sentences. */
export interface StructureLayer extends TextLayer {
  paragraphs: Paragraph[];
  sentences: Sentence[];
  quotes: Quote[];
  /** Headline and standfirst paragraph indexes. */
  header: Set<number>;
  /** Spans no statement may start in (wire datelines). */
  datelines: Array<{ start: number; end: number }>;
  /** Interview lines ("Kono: …"). */
  transcript: TranscriptLine[];
}

/** Stage 3: the entities named and every mention of them. */
export interface EntityLayer extends StructureLayer {
  registry: Registry;
}

/** Stage 4's working document: the entities, and whom the passage is about at each point (its own layer). */
export interface Doc extends EntityLayer {
  attention: Attention;
}

/** A statement found in the text, before it becomes a dossier entry. */
export interface Found {
  kind: StatementKind;
  start: number;
  end: number;
  speaker: Entity;
  confidence: number;
  /** What decided the speaker: shown to reviewers when the confidence is low. */
  cue: string;
  interpreted: boolean;
  paragraph: number;
  /** The direct quote that reports this statement (reported speech inside a quote). */
  relayedBy?: Found;
  /** "responded": answers the latest statement of another speaker. */
  responds?: boolean;
  /** "after listening to Mr Lavrov’s remarks": whose statement it answers. */
  respondsToSpeaker?: Entity;
  quote?: Quote;
}

export function sentenceAt(doc: Doc, offset: number): Sentence | undefined {
  return sentenceAround(doc.sentences, offset);
}
