/**
 * The model's registry (src/model/registry.ts) against the lists that must stay literal: the
 * Cypher files (labels can't be parameters, and a query keeps one UNION part per label so that
 * each part seeks its label's index), the printed GraphQL schema and the dossier's enum. Each
 * test fails naming what is missing where, so a new node type is added everywhere or the unit
 * project says where not. Pure: reads the repository only.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../src/config.js';
import { ACTOR_TYPES } from '../../src/dossier/schema.js';
import { REFERENCE_TYPES } from '../../src/ingest/plan.js';
import { ACTOR_TYPE_NAMES, NODE_TYPE_NAMES, NODE_TYPE_SPECS, RELATIONSHIP_TYPE_NAMES, specOf, type NodeTypeName } from '../../src/model/registry.js';

const read = (file: string) => readFileSync(path.join(ROOT, file), 'utf8');
/** A Cypher file without its `//` comments (the comments name labels in prose). */
const cypherCode = (file: string) => read(file).replace(/\/\/[^\n]*/g, '');
const sorted = <T>(values: Iterable<T>) => [...new Set(values)].sort();

/** The ingest write Cypher: the step files and the fragments they include. */
const INGEST_CYPHER = [
  ...readdirSync(path.join(ROOT, 'cypher/write/ingest')).map((f) => `cypher/write/ingest/${f}`),
  ...readdirSync(path.join(ROOT, 'cypher/fragments'))
    .filter((f) => f.startsWith('ingest-'))
    .map((f) => `cypher/fragments/${f}`),
].filter((f) => f.endsWith('.cypher'));

const ID_LABELS = sorted(NODE_TYPE_NAMES.map((t) => specOf(t).idLabel));
const prefixesOf = (idLabel: string) => sorted(NODE_TYPE_NAMES.filter((t) => specOf(t).idLabel === idLabel).map((t) => `${specOf(t).prefix}:`));

describe('the model registry', () => {
  it('imports nothing (it sits below every layer, and the explorer bundles it)', () => {
    expect(read('src/model/registry.ts')).not.toMatch(/^\s*import\b|\bfrom\s+['"]|\bimport\s*\(/m);
  });

  it('gives every type a unique label, prefix and NodeType value', () => {
    for (const field of ['label', 'prefix', 'enumValue'] as const) {
      const values = NODE_TYPE_NAMES.map((t) => specOf(t)[field]);
      expect(sorted(values), field).toHaveLength(values.length);
    }
    for (const t of NODE_TYPE_NAMES) expect(specOf(t).label, `the key of ${t} is its label`).toBe(t);
  });

  it('has the actor types the dossier has (ActorType values are the actors’ NodeType values)', () => {
    expect(sorted(ACTOR_TYPE_NAMES.map((t) => NODE_TYPE_SPECS[t].enumValue))).toEqual(sorted(ACTOR_TYPES));
  });
});

describe('cypher/schema.cypher against the registry', () => {
  const schema = cypherCode('cypher/schema.cypher');

  it('has an id uniqueness constraint for every id label, and none for a label the registry lacks', () => {
    const constrained = [...schema.matchAll(/CREATE CONSTRAINT \w+ IF NOT EXISTS FOR \(n:(\w+)\) REQUIRE n\.id IS UNIQUE/g)].map((m) => m[1]!);
    const missing = ID_LABELS.filter((l) => !constrained.includes(l));
    expect(missing, 'labels without `CREATE CONSTRAINT … REQUIRE n.id IS UNIQUE`').toEqual([]);
    expect(
      constrained.filter((l) => l !== 'ApiKey' && !ID_LABELS.includes(l)),
      'constraints on labels that are not id labels of the registry',
    ).toEqual([]);
  });

  it('indexes in name_keys exactly the id labels of the types the registry marks nameKeyed', () => {
    const labels = schema.match(/FULLTEXT INDEX name_keys IF NOT EXISTS FOR \(n:([\w|]+)\)/)?.[1]?.split('|');
    expect(sorted(labels ?? [])).toEqual(sorted(NODE_TYPE_NAMES.filter((t) => specOf(t).nameKeyed).map((t) => specOf(t).idLabel)));
  });

  it('searches by name (search.cypher) every type entity_names indexes', () => {
    const indexed = schema.match(/FULLTEXT INDEX entity_names IF NOT EXISTS FOR \(n:([\w|]+)\)/)?.[1]?.split('|') ?? [];
    const listed = cypherCode('cypher/read/explore/search.cypher').match(/any\(l IN \[([^\]]+)\] WHERE l IN \$labels\)/)?.[1] ?? '';
    const expected = NODE_TYPE_NAMES.filter((t) => indexed.includes(specOf(t).idLabel)).map((t) => `'${specOf(t).label}'`);
    expect(sorted(listed.split(/,\s*/))).toEqual(sorted(expected));
  });
});

describe('the lookups against the registry', () => {
  it('known-entities.cypher finds by id every type a dossier reference may name', () => {
    const labels = [...cypherCode('cypher/read/known-entities.cypher').matchAll(/MATCH \(n:(\w+) \{id: id\}\)/g)].map((m) => m[1]!);
    const named = sorted(Object.values(REFERENCE_TYPES).flatMap((types: NodeTypeName[]) => types.map((t) => specOf(t).idLabel)));
    expect(
      named.filter((l) => !labels.includes(l)),
      'id labels with no UNION part',
    ).toEqual([]);
  });

  /** 00-foreign-ids: per UNION part, the label it seeks and the prefixes it leaves out (its own). */
  const foreignIdParts = cypherCode('cypher/write/ingest/00-foreign-ids.cypher')
    .split(/\bUNION ALL\b/)
    .map((part) => {
      const label = part.match(/MATCH \(n:(\w+)\)/)?.[1] ?? '?';
      const list = part.match(/NOT prefix IN \[([^\]]*)\]/)?.[1];
      const one = part.match(/prefix <> '([^']*)'/)?.[1];
      const own = list ? list.split(/,\s*/).map((p) => p.replace(/'/g, '')) : one ? [one] : [];
      return { label, own: sorted(own) };
    });

  it('00-foreign-ids.cypher skips exactly each label’s own prefixes', () => {
    for (const { label, own } of foreignIdParts) {
      expect(ID_LABELS, `00-foreign-ids seeks ${label}`).toContain(label);
      expect(own, `the prefixes 00-foreign-ids leaves out for ${label}`).toEqual(prefixesOf(label));
    }
  });

  it('00-foreign-ids.cypher seeks every label the ingest steps write by id', () => {
    const written = sorted(INGEST_CYPHER.flatMap((f) => [...cypherCode(f).matchAll(/(?:MERGE|CREATE) \(\w+:(\w+) \{id:/g)].map((m) => m[1]!)));
    expect(written.length).toBeGreaterThan(3);
    const sought = foreignIdParts.map((p) => p.label);
    expect(
      written.filter((l) => !sought.includes(l)),
      'labels written by id that 00-foreign-ids does not check',
    ).toEqual([]);
  });

  it('the subgraph queries caption nodes with every caption property of the registry', () => {
    for (const file of ['cypher/read/explore/neighbourhood.cypher', 'cypher/read/explore/paths.cypher']) {
      const coalesce = cypherCode(file).match(/caption: coalesce\(([^\n]*)/)?.[1] ?? '';
      for (const t of NODE_TYPE_NAMES) expect(coalesce, `${file} captions a ${t} by .${specOf(t).caption}`).toMatch(new RegExp(`\\.${specOf(t).caption}\\b`));
    }
  });

  it('the ingest Cypher uses only relationship types of the registry', () => {
    const used = INGEST_CYPHER.flatMap((f) => [...cypherCode(f).matchAll(/\[\w*:([A-Z_]+)[\]\s{]/g)].map((m) => m[1]!));
    expect(used.length).toBeGreaterThan(3);
    expect(sorted(used).filter((t) => !(RELATIONSHIP_TYPE_NAMES as string[]).includes(t))).toEqual([]);
  });
});

describe('the printed GraphQL schema against the registry', () => {
  const sdl = read('schema/schema.graphql');

  it('has an object type implementing Node for every node type', () => {
    for (const t of NODE_TYPE_NAMES) expect(sdl, t).toMatch(new RegExp(`type ${t} implements [^{]*\\bNode\\b`));
  });

  it('has exactly the registry’s NodeType values', () => {
    const body = sdl.match(/enum NodeType \{([^}]*)\}/)?.[1] ?? '';
    const values = body
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => /^[A-Z_]+$/.test(l));
    expect(sorted(values)).toEqual(sorted(NODE_TYPE_NAMES.map((t) => specOf(t).enumValue)));
  });
});
