/**
 * Converts IPTC Media Topics from IPTC's SKOS/RDF export into the project's own data file,
 * data/iptc-media-topics.json, so that the repository ships the vocabulary it needs and never
 * reads anything outside itself. The source is the "all concepts" export of the IPTC NewsCodes
 * scheme http://cv.iptc.org/newscodes/mediatopic/ in British English, `cptall-en-GB.rdf`
 * (IPTC Media Topics, © IPTC, CC BY 4.0 — see data/iptc-media-topics.README.md).
 *
 *   npx tsx scripts/convert-iptc-media-topics.ts <path of cptall-en-GB.rdf> [output] [--snapshot <date>]
 *
 * Per concept it keeps the qcode (`medtop:…`), the English label and definition, the broader
 * concept's qcode (a few concepts have two: the others go to `alsoBroader`), the level (1 for the 17 top concepts) and the Wikidata item where IPTC maps
 * one (`skos:exactMatch`, else `skos:closeMatch`). Retired concepts are left out and counted.
 * The output is deterministic: concepts sorted by qcode, one per line, fixed key order.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { RDF, type RdfObject, type RdfSubjects, readRdfXml } from './lib/rdf-xml.js';

export const MEDIA_TOPIC_SCHEME = 'http://cv.iptc.org/newscodes/mediatopic/';
export const ATTRIBUTION = 'IPTC Media Topics, © IPTC, CC BY 4.0';
export const DEFAULT_OUTPUT = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'data', 'iptc-media-topics.json');

const SKOS = 'http://www.w3.org/2004/02/skos/core#';
const OWL_DEPRECATED = 'http://www.w3.org/2002/07/owl#deprecated';
const CONCEPT_IRI = /^https?:\/\/cv\.iptc\.org\/newscodes\/mediatopic\/([0-9A-Za-z]+)$/;
const WIKIDATA_IRI = /^https?:\/\/(?:www\.)?wikidata\.org\/(?:entity|wiki)\/(Q[0-9]+)$/;

export interface MediaTopic {
  qcode: string;
  label: string;
  definition: string;
  broader?: string;
  alsoBroader?: string[];
  level: number;
  wikidata?: string;
  wikidataMatch?: 'exact' | 'close';
}

export interface MediaTopicsFile {
  $comment: string;
  attribution: string;
  licence: string;
  source: string;
  snapshot?: string;
  retiredLeftOut: number;
  concepts: MediaTopic[];
}

const qcodeOf = (iri: string): string | undefined => {
  const code = CONCEPT_IRI.exec(iri)?.[1];
  return code === undefined ? undefined : `medtop:${code}`;
};
const iris = (objects: RdfObject[] | undefined): string[] => (objects ?? []).flatMap((o) => ('iri' in o ? [o.iri] : []));
const clean = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** The English text among literals: en-GB first, then any English, then one without a language. */
function english(objects: RdfObject[] | undefined): string | undefined {
  const literals = (objects ?? []).flatMap((o) => ('literal' in o ? [o] : []));
  const rank = (lang: string) => (lang.toLowerCase() === 'en-gb' ? 0 : /^en\b/i.test(lang) ? 1 : lang === '' ? 2 : 3);
  const best = literals.filter((l) => rank(l.lang) < 3).sort((a, b) => rank(a.lang) - rank(b.lang))[0];
  return best && clean(best.literal);
}

/**
 * The retirement date of a concept, if retired: any property named `retired` (IPTC's own,
 * whatever its namespace), or `owl:deprecated true` (no date: the empty string).
 */
function retiredOn(properties: Map<string, RdfObject[]>): string | undefined {
  for (const [predicate, objects] of properties) {
    if (/[#/]retired$/.test(predicate)) {
      const value = objects.find((o) => 'literal' in o);
      return value && 'literal' in value ? clean(value.literal) : '';
    }
  }
  if (properties.get(OWL_DEPRECATED)?.some((o) => 'literal' in o && o.literal.trim() === 'true')) return '';
  return undefined;
}

/** Throws, naming a concept on it, if following broader links from any concept comes back to it. */
export function assertNoCycle(qcodes: Iterable<string>, broaderOf: (qcode: string) => string[]): void {
  const done = new Set<string>();
  const onPath = new Set<string>();
  const visit = (qcode: string): void => {
    if (done.has(qcode)) return;
    if (onPath.has(qcode)) throw new Error(`${qcode}: skos:broader forms a cycle`);
    onPath.add(qcode);
    for (const parent of broaderOf(qcode)) visit(parent);
    onPath.delete(qcode);
    done.add(qcode);
  };
  for (const qcode of qcodes) visit(qcode);
}

/** The Media Topics described in a SKOS/RDF export, retired ones left out, sorted by qcode. */
export function convertMediaTopics(rdf: RdfSubjects, options: { snapshot?: string } = {}): MediaTopicsFile {
  const live = new Map<string, { qcode: string; properties: Map<string, RdfObject[]> }>();
  const retired = new Set<string>();
  for (const [iri, properties] of rdf) {
    const qcode = qcodeOf(iri);
    if (!qcode || !iris(properties.get(`${RDF}type`)).includes(`${SKOS}Concept`)) continue;
    // A bare reference (a nested node saying only its type) is not a description.
    if (!properties.has(`${SKOS}prefLabel`) && !properties.has(`${SKOS}inScheme`)) continue;
    if (retiredOn(properties) !== undefined) retired.add(qcode);
    else live.set(qcode, { qcode, properties });
  }
  if (live.size === 0) throw new Error(`no concept of the scheme ${MEDIA_TOPIC_SCHEME} found`);

  const broaderOf = new Map<string, string | undefined>();
  const alsoBroaderOf = new Map<string, string[]>();
  for (const { qcode, properties } of live.values()) {
    const broader = iris(properties.get(`${SKOS}broader`)).map((iri) => qcodeOf(iri) ?? iri);
    for (const parent of broader) {
      if (!live.has(parent)) throw new Error(`${qcode}: skos:broader ${parent} is ${retired.has(parent) ? 'retired' : 'not described in the file'}`);
    }
    // A few concepts have two broader ones (civil rights: justice and human rights in politics):
    // the first listed is the one the level counts from, the others are kept beside it.
    broaderOf.set(qcode, broader[0]);
    alsoBroaderOf.set(qcode, broader.slice(1).sort());
  }
  assertNoCycle(live.keys(), (qcode) => [broaderOf.get(qcode) ?? [], alsoBroaderOf.get(qcode) ?? []].flat());
  const levelOf = (qcode: string): number => {
    let level = 1;
    for (let at = broaderOf.get(qcode); at !== undefined; at = broaderOf.get(at)) level++;
    return level;
  };

  const concepts = [...live.values()]
    .map(({ qcode, properties }): MediaTopic => {
      const label = english(properties.get(`${SKOS}prefLabel`));
      if (!label) throw new Error(`${qcode}: no English skos:prefLabel`);
      const wikidata = (['exact', 'close'] as const)
        .map((kind) => ({ kind, id: iris(properties.get(`${SKOS}${kind}Match`)).flatMap((iri) => WIKIDATA_IRI.exec(iri)?.[1] ?? [])[0] }))
        .find((m) => m.id !== undefined);
      const broader = broaderOf.get(qcode);
      const alsoBroader = alsoBroaderOf.get(qcode) ?? [];
      return {
        qcode,
        label,
        definition: english(properties.get(`${SKOS}definition`)) ?? '',
        ...(broader === undefined ? {} : { broader }),
        ...(alsoBroader.length > 0 ? { alsoBroader } : {}),
        level: levelOf(qcode),
        ...(wikidata ? { wikidata: wikidata.id, wikidataMatch: wikidata.kind } : {}),
      };
    })
    .sort((a, b) => (a.qcode < b.qcode ? -1 : a.qcode > b.qcode ? 1 : 0));

  return {
    $comment:
      'IPTC Media Topics, the news industry’s subject vocabulary: per concept its qcode, English label and definition, broader concept (and, for the few with two, alsoBroader), level (1 = top) and Wikidata item where IPTC maps one. Retired concepts are left out. Generated by scripts/convert-iptc-media-topics.ts; do not edit by hand (see data/iptc-media-topics.README.md).',
    attribution: ATTRIBUTION,
    licence: 'https://creativecommons.org/licenses/by/4.0/',
    source: `${MEDIA_TOPIC_SCHEME} (cptall-en-GB.rdf)`,
    ...(options.snapshot ? { snapshot: options.snapshot } : {}),
    retiredLeftOut: retired.size,
    concepts,
  };
}

/** The file's text: two-space JSON, one concept per line, fixed key order, a final newline. */
export function formatMediaTopics(file: MediaTopicsFile): string {
  const { concepts, ...head } = file;
  const header = Object.entries(head).map(([key, value]) => `  ${JSON.stringify(key)}: ${JSON.stringify(value)},`);
  const rows = concepts.map((c) =>
    JSON.stringify({
      qcode: c.qcode,
      label: c.label,
      definition: c.definition,
      broader: c.broader,
      alsoBroader: c.alsoBroader,
      level: c.level,
      wikidata: c.wikidata,
      wikidataMatch: c.wikidataMatch,
    }),
  );
  return `{\n${header.join('\n')}\n  "concepts": [\n${rows.map((r) => `    ${r}`).join(',\n')}\n  ]\n}\n`;
}

/** Reads the RDF at `input`, writes the JSON to `output`; returns a one-line summary. */
export function convertFile(input: string, output: string, options: { snapshot?: string } = {}): string {
  const file = convertMediaTopics(readRdfXml(readFileSync(input, 'utf8')), options);
  const text = formatMediaTopics(file);
  writeFileSync(output, text);
  const top = file.concepts.filter((c) => c.level === 1).length;
  const mapped = file.concepts.filter((c) => c.wikidata).length;
  return `${output}: ${file.concepts.length} concepts (${top} top), ${mapped} with Wikidata, ${file.retiredLeftOut} retired left out, ${Buffer.byteLength(text)} bytes`;
}

function main(argv: string[]): void {
  const positional: string[] = [];
  let snapshot: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--snapshot') snapshot = argv[++i];
    else positional.push(argv[i]!);
  }
  const [input, output = DEFAULT_OUTPUT] = positional;
  if (!input || positional.length > 2 || (argv.includes('--snapshot') && !snapshot)) {
    console.error('usage: npx tsx scripts/convert-iptc-media-topics.ts <cptall-en-GB.rdf> [output.json] [--snapshot <date>]');
    process.exitCode = 2;
    return;
  }
  try {
    console.log(convertFile(input, output, { snapshot }));
  } catch (error) {
    console.error(`convert-iptc-media-topics: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main(process.argv.slice(2));
