/**
 * Interview transcripts: paragraphs that open with a speaker's label ("Kono: …", "The
 * Independent: …", "Harrow: …", or a reporter and their outlet: "HAYASHI Mariko, Kyodo News:
 * …"). Each line after the label is a DIRECT_QUOTE of the labelled speaker, running to the end
 * of the paragraph, and an answer responds to the question before it. A label counts only when the article has at least two labelled paragraphs.
 */
import type { Paragraph } from './paragraphs.js';

export interface TranscriptLine {
  paragraph: number;
  /** The label, without its colon. */
  labelStart: number;
  labelEnd: number;
  /** The spoken words. */
  start: number;
  end: number;
}

const LABEL = /^((?:The |the )?\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,3}):\s+(?=\S)/u;
/** A press-conference label, a person and whom they ask for: "HAYASHI Mariko, Kyodo News: …" (the person speaks). */
const AFFILIATED_LABEL = /^(\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){1,3}), \p{Lu}[\p{L}'’.&-]*(?: \p{Lu}[\p{L}'’.&-]*){0,3}:\s+(?=\S)/u;
const NOT_A_SPEAKER =
  /^(?:Update|Updated|Note|Editor's note|Editor’s note|Read more|Read More|Watch|Photo|Photograph|Video|Source|Sources|Credit|Warning|Correction|Disclaimer|Related|See also|Background|Analysis|Comment|Opinion|Live|Breaking|Exclusive|Explainer|Pictured|Picture|Image|Topics|Tags|Share|Follow|Contact|Email|Tel|Telephone|Website|Twitter|Facebook|Instagram|Listen|Subscribe|Advertisement|Timeline|Factbox|Key points|Q|A)$/;

export function findTranscript(paragraphs: readonly Paragraph[], header: ReadonlySet<number>): TranscriptLine[] {
  const lines: TranscriptLine[] = [];
  for (const p of paragraphs) {
    if (header.has(p.index)) continue;
    const m = LABEL.exec(p.text) ?? AFFILIATED_LABEL.exec(p.text);
    if (!m || NOT_A_SPEAKER.test(m[1]!)) continue;
    let end = p.end;
    while (end > p.start && /\s/.test(p.text[end - p.start - 1]!)) end--;
    lines.push({ paragraph: p.index, labelStart: p.start, labelEnd: p.start + m[1]!.length, start: p.start + m[0].length, end });
  }
  return lines.length >= 2 ? lines : [];
}
