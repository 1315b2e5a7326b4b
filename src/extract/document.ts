/** The article as the extraction rules see it: text, paragraphs, sentences, quotes and entities. */
import type { StatementKind } from '../dossier/schema.js';
import type { Entity, Registry } from './registry.js';
import type { Paragraph, Sentence } from './paragraphs.js';
import type { Quote } from './quotes.js';
import { sentenceAround } from './spans.js';
import type { TranscriptLine } from './transcript.js';

export interface Doc {
  text: string;
  paragraphs: Paragraph[];
  sentences: Sentence[];
  quotes: Quote[];
  registry: Registry;
  /** Headline and standfirst paragraph indexes. */
  header: Set<number>;
  /** Spans no statement may start in (wire datelines). */
  datelines: Array<{ start: number; end: number }>;
  /** Interview lines ("Kono: …"). */
  transcript: TranscriptLine[];
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
