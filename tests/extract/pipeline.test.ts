/**
 * The stages of extraction, one at a time over one document: each adds its layer and leaves the
 * layers before it as they were.
 */
import { describe, expect, it } from 'vitest';
import { addEntities, addStatements, addStructure, readText, reviewItems } from '../../src/extract/pipeline.js';
import { extractDossier } from '../../src/extract/index.js';

const RAW = [
  'Tokyo protests launch',
  'Foreign Minister Taro Kono said on Monday that the launch was unacceptable.',
  '“We will not tolerate this,” he told reporters in Tokyo.',
  'The talks also covered Aegis Ashore.',
].join('\n\n');

describe('extraction stages', () => {
  it('1. reads the text and its metadata', () => {
    const text = readText(RAW);
    expect(text.text).toBe(RAW);
    expect(text.cleaned.headline).toBe('Tokyo protests launch');
    expect(() => readText('   ')).toThrow(/no text/);
  });

  it('2. adds paragraphs, quotation marks and sentences, keeping the text', () => {
    const text = readText(RAW);
    const doc = addStructure(text);
    expect(doc.text).toBe(text.text);
    expect(doc.paragraphs).toHaveLength(4);
    expect([...doc.header]).toEqual([0]);
    expect(doc.quotes.map((q) => doc.text.slice(q.start, q.end))).toEqual(['We will not tolerate this']);
    expect(doc.sentences.length).toBeGreaterThanOrEqual(4);
    expect('registry' in doc).toBe(false);
  });

  it('3. adds entities and their mentions, keeping the structure', () => {
    const structure = addStructure(readText(RAW));
    const doc = addEntities(structure);
    expect(doc.sentences).toBe(structure.sentences);
    expect(doc.registry.entities.map((e) => `${e.type} ${e.name}`)).toEqual(expect.arrayContaining(['PERSON Taro Kono', 'COUNTRY Japan']));
    const kono = doc.registry.entities.find((e) => e.name === 'Taro Kono')!;
    expect(doc.registry.mentions.filter((m) => m.entity === kono).map((m) => doc.text.slice(m.start, m.end))).toEqual(['Foreign Minister Taro Kono']);
    expect(doc.registry.namesOnly.map((n) => doc.text.slice(n.start, n.end))).toEqual(['Aegis Ashore']);
  });

  it('4. adds statements in reading order', () => {
    const doc = addEntities(addStructure(readText(RAW)));
    const { found, unattributed } = addStatements(doc);
    expect(found.map((f) => [f.kind, f.speaker.name, doc.text.slice(f.start, f.end)])).toEqual([
      ['INDIRECT', 'Taro Kono', 'the launch was unacceptable'],
      ['DIRECT_QUOTE', 'Taro Kono', 'We will not tolerate this'],
    ]);
    expect(unattributed).toEqual([]);
  });

  it('6. lists for review what the dossier leaves uncertain, and extractDossier runs the stages in that order', () => {
    const { dossier, report } = extractDossier(RAW, { published: '2024-03-14', publisher: 'Example News' });
    const doc = addEntities(addStructure(readText(RAW)));
    const { found, unattributed } = addStatements(doc);
    expect(reviewItems(doc, dossier, found, unattributed)).toEqual(report.review);
    expect(report.review).toEqual([{ path: 'mentions[0]', reason: expect.stringContaining('"Aegis Ashore"'), confidence: 0 }]);
  });
});
