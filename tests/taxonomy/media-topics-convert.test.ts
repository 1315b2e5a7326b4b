/**
 * The IPTC Media Topics converter (scripts/convert-iptc-media-topics.ts) on a small RDF fixture
 * written in the shape of IPTC's export: the JSON it writes is the expected one byte for byte,
 * retired concepts are left out and counted, and bad input fails with a message naming the
 * concept or the line.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { convertFile, convertMediaTopics } from '../../scripts/convert-iptc-media-topics.js';
import { readRdfXml } from '../../scripts/lib/rdf-xml.js';

const FIXTURES = path.join(import.meta.dirname, '..', 'fixtures', 'iptc');
const RDF_FIXTURE = path.join(FIXTURES, 'media-topics.rdf');
const EXPECTED = path.join(FIXTURES, 'media-topics.expected.json');
const scratch = mkdtempSync(path.join(os.tmpdir(), 'iptc-convert-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const convert = (rdf: string) => convertMediaTopics(readRdfXml(rdf));

/** A minimal export around the given concept descriptions. */
const exportOf = (...concepts: string[]) =>
  `<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:skos="http://www.w3.org/2004/02/skos/core#">${concepts.join('')}</rdf:RDF>`;
const concept = (code: string, label: string, broader?: string, extra = '') =>
  `<skos:Concept rdf:about="http://cv.iptc.org/newscodes/mediatopic/${code}"><skos:prefLabel xml:lang="en-GB">${label}</skos:prefLabel>` +
  `<skos:inScheme rdf:resource="http://cv.iptc.org/newscodes/mediatopic/"/>` +
  (broader ? `<skos:broader rdf:resource="http://cv.iptc.org/newscodes/mediatopic/${broader}"/>` : '') +
  `${extra}</skos:Concept>`;

describe('convert-iptc-media-topics on a fixture', () => {
  it('writes the expected JSON, byte for byte, and says what it wrote', () => {
    const output = path.join(scratch, 'media-topics.json');
    const summary = convertFile(RDF_FIXTURE, output, { snapshot: 'fixture' });
    expect(readFileSync(output, 'utf8')).toBe(readFileSync(EXPECTED, 'utf8'));
    expect(summary).toContain('4 concepts (2 top), 2 with Wikidata, 1 retired left out');
  });

  it('keeps the English label, the Wikidata item (exact before close) and both broader concepts', () => {
    const { concepts, retiredLeftOut } = convertMediaTopics(readRdfXml(readFileSync(RDF_FIXTURE, 'utf8')));
    const by = new Map(concepts.map((c) => [c.qcode, c]));
    expect(retiredLeftOut).toBe(1);
    expect(by.has('medtop:20000999')).toBe(false);
    expect(by.get('medtop:20000638')).toEqual({
      qcode: 'medtop:20000638',
      label: 'international relations',
      definition: 'Non-violent relations between nations through negotiation, treaty, or personal meetings',
      broader: 'medtop:11000000',
      level: 2,
      wikidata: 'Q166542',
      wikidataMatch: 'exact',
    });
    expect(by.get('medtop:11000000')).toMatchObject({ label: 'politics', level: 1, wikidata: 'Q7163', wikidataMatch: 'close' });
    expect(by.get('medtop:20000642')).toMatchObject({ broader: 'medtop:20000638', alsoBroader: ['medtop:16000000'], level: 3 });
    expect(by.get('medtop:20000642')!.definition).toBe('Punitive actions taken by one country against another & trade restrictions, embargoes …');
  });

  it('gives the same output for the same concepts in another order', () => {
    const a = concept('11000000', 'politics');
    const b = concept('20000638', 'international relations', '11000000');
    expect(convert(exportOf(b, a))).toEqual(convert(exportOf(a, b)));
  });

  it('refuses a broader concept that is retired, missing, or a cycle, naming the concept', () => {
    const retired = concept('11000000', 'politics', undefined, '<owl:deprecated xmlns:owl="http://www.w3.org/2002/07/owl#">true</owl:deprecated>');
    expect(() => convert(exportOf(retired, concept('20000638', 'international relations', '11000000')))).toThrow(
      'medtop:20000638: skos:broader medtop:11000000 is retired',
    );
    expect(() => convert(exportOf(concept('20000638', 'international relations', '11000000')))).toThrow(
      'medtop:20000638: skos:broader medtop:11000000 is not described in the file',
    );
    expect(() => convert(exportOf(concept('20000001', 'a', '20000002'), concept('20000002', 'b', '20000001')))).toThrow(/cycle/);
    expect(() => convert(exportOf(concept('11000000', '')))).toThrow('medtop:11000000: no English skos:prefLabel');
  });

  it('refuses malformed XML with the line it is on', () => {
    expect(() => readRdfXml('<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">\n<a>\n</b></rdf:RDF>')).toThrow('line 3: </b> closes <a>');
    expect(() => readRdfXml('<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">\n<x:y/></rdf:RDF>')).toThrow(
      'line 2: undeclared namespace prefix "x"',
    );
    expect(() => readRdfXml('<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">')).toThrow('<rdf:RDF> is never closed');
    expect(() => convert(exportOf())).toThrow('no concept of the scheme');
  });
});
