/**
 * Hostile input into every argument of every Query field (taken from the schema, so new fields
 * are covered) and into every field of a dossier: Cypher fragments, quotes, backslashes, NUL,
 * unicode, RTL, emoji, 100k-character strings, deep nesting — as variables and as inline
 * literals. Never a 500, never a database or stack detail in an error, never a write from a
 * query, never a node from a refused dossier.
 */
import fc from 'fast-check';
import {
  getNamedType,
  GraphQLEnumType,
  GraphQLInputObjectType,
  GraphQLList,
  GraphQLNonNull,
  type GraphQLObjectType,
  GraphQLScalarType,
  isInterfaceType,
  isLeafType,
  isObjectType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countGraph } from '../../src/graph/admin.js';
import { generateCorpus, SIZES } from '../../src/gen/corpus.js';
import { schema } from '../../src/schema/index.js';
import { client, openGraph, resetWithSeed } from '../support/graph.js';

const db = openGraph();
const { yoga } = client(db.graph);
afterAll(() => db.close());
beforeAll(() => resetWithSeed(db.graph));

const FRAGMENTS = [
  "' }) MATCH (n) DETACH DELETE n //",
  '" }) MATCH (n) DETACH DELETE n //',
  "person:sergei-lavrov' OR 1=1 //",
  '`) CALL db.labels() YIELD label RETURN label //',
  '$id}) RETURN n UNION MATCH (n) RETURN n //',
  'person:sergei-lavrov\u0000',
  '\u0000',
  '\\',
  '\\\'\\"\\\\',
  '*:*',
  'text:(a OR b) AND "c',
  '~/.*/ ^2 [a TO z]',
  'مرحبا \u202e gnirts \u202c',
  '🧨💥👩‍👩‍👧‍👦',
  '\ud800',
  '%s%n{0}${7*7}',
  ' ',
  '',
  'x'.repeat(100_000),
];

const hostileString = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...FRAGMENTS) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 2, arbitrary: fc.stringMatching(/^[a-z]+:[\w'"\\\-` ]{0,20}$/) },
  { weight: 1, arbitrary: fc.constantFrom('person:sergei-lavrov', 'topic:kuril-islands-dispute', 'Lavrov', 'statement:0') },
);
const hostileInt = fc.oneof(fc.integer(), fc.constantFrom(0, -1, 1, 100_000, 2 ** 31 - 1, -(2 ** 31)));
const hostileDate = fc.oneof(fc.constantFrom('2017-11-24', '0000-01-01', '9999-12-31', '2017-02-30', '2017-11-24T00:00:00Z'), hostileString);
const deepJson = fc.integer({ min: 1, max: 2_000 }).map((depth) => {
  let value: unknown = "' MATCH (n) DETACH DELETE n //";
  for (let i = 0; i < depth; i++) value = i % 2 ? [value] : { a: value };
  return value;
});
const anyJson = fc.oneof(deepJson, fc.jsonValue({ maxDepth: 4 }), hostileString);

/** A hostile value for an input type: mostly well-typed (so resolvers run), with the strings hostile. */
function valueFor(type: GraphQLInputType): fc.Arbitrary<unknown> {
  if (type instanceof GraphQLNonNull) return valueFor(type.ofType);
  if (type instanceof GraphQLList)
    return fc.oneof(fc.array(valueFor(type.ofType), { maxLength: 6 }), fc.array(valueFor(type.ofType), { minLength: 200, maxLength: 300 }));
  if (type instanceof GraphQLEnumType)
    return fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...type.getValues().map((v) => v.name)) }, { weight: 1, arbitrary: hostileString });
  if (type instanceof GraphQLInputObjectType) {
    const fields = Object.values(type.getFields());
    return fc.record(Object.fromEntries(fields.map((f) => [f.name, valueFor(f.type)])), {
      requiredKeys: fields.filter((f) => f.type instanceof GraphQLNonNull).map((f) => f.name),
    });
  }
  const scalar = type as GraphQLScalarType;
  switch (scalar.name) {
    case 'Int':
      return hostileInt;
    case 'Float':
      return fc.double();
    case 'Boolean':
      return fc.boolean();
    case 'Date':
    case 'DateTime':
      return hostileDate;
    case 'JSON':
      return anyJson;
    default:
      return hostileString;
  }
}

/** A GraphQL literal for a value, printed as the given type expects (enum values bare). */
function literal(value: unknown, type: GraphQLInputType): string {
  if (type instanceof GraphQLNonNull) return literal(value, type.ofType);
  if (value === null || value === undefined) return 'null';
  if (type instanceof GraphQLList) return Array.isArray(value) ? `[${value.map((v) => literal(v, type.ofType)).join(', ')}]` : literal(value, type.ofType);
  if (type instanceof GraphQLEnumType && typeof value === 'string' && type.getValue(value)) return value;
  if (type instanceof GraphQLInputObjectType && typeof value === 'object') {
    const fields = type.getFields();
    return `{${Object.entries(value as object)
      .map(([k, v]) => `${k}: ${literal(v, fields[k]!.type)}`)
      .join(', ')}}`;
  }
  // JSON.stringify escapes quotes, backslashes and control characters as GraphQL strings do.
  return typeof value === 'string' ? JSON.stringify(value) : String(value);
}

/** `__typename` and the leaf fields without arguments, so that the resolvers behind them run too. */
function selection(field: GraphQLField<unknown, unknown>): string {
  const type = getNamedType(field.type);
  if (isLeafType(type)) return '';
  if (!isObjectType(type) && !isInterfaceType(type)) return '{ __typename }';
  const leaves = Object.values((type as GraphQLObjectType).getFields())
    .filter((f) => f.args.length === 0 && isLeafType(getNamedType(f.type)))
    .map((f) => f.name);
  return `{ __typename ${leaves.join(' ')} }`;
}

type Mode = 'variables' | 'inline';

function operation(field: GraphQLField<unknown, unknown>, args: Record<string, unknown>, mode: Mode) {
  const used = field.args.filter((a) => a.name in args);
  const argFor = (a: GraphQLArgument) => `${a.name}: ${mode === 'variables' ? `$${a.name}` : literal(args[a.name], a.type)}`;
  const header = mode === 'variables' && used.length > 0 ? `(${used.map((a) => `$${a.name}: ${String(a.type)}`).join(', ')})` : '';
  const call = used.length > 0 ? `(${used.map(argFor).join(', ')})` : '';
  return { query: `query Hostile${header} { ${field.name}${call} ${selection(field)} }`, variables: mode === 'variables' ? args : undefined };
}

function argsFor(field: GraphQLField<unknown, unknown>): fc.Arbitrary<Record<string, unknown>> {
  return fc.record(Object.fromEntries(field.args.map((a) => [a.name, valueFor(a.type)])), {
    requiredKeys: field.args.filter((a) => a.type instanceof GraphQLNonNull).map((a) => a.name),
  });
}

const LEAKS = /Neo\.(Client|Transient|Database)Error|SyntaxError|Cypher|neo4j|\n\s+at .+:\d+:\d+/i;

async function send(body: { query: string; variables?: unknown }) {
  const response = await yoga.fetch('http://yoga/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, text, json: JSON.parse(text) as { data?: any; errors?: Array<{ message: string; extensions?: any }> } };
}

/** Never a 500, and errors that say nothing of the database or the code. */
function expectSafe(res: Awaited<ReturnType<typeof send>>, what: string) {
  expect(res.status, what).toBeLessThan(500);
  for (const error of res.json.errors ?? []) {
    expect(error.message, what).not.toMatch(LEAKS);
    expect(error.message, `${what}: an unexpected (masked) error`).not.toBe('Unexpected error.');
    expect(JSON.stringify(error.extensions ?? {}), what).not.toMatch(LEAKS);
  }
}

const queryFields = Object.values(schema.getQueryType()!.getFields());
const RUNS = { numRuns: 300, seed: 20171124 };

describe('hostile input into queries', () => {
  it('covers every Query field', () => {
    expect(queryFields.length).toBeGreaterThan(20);
  });

  it('every string argument of every field, each fragment, as a variable: safe, and nothing written', async () => {
    const before = await countGraph(db.graph);
    for (const field of queryFields) {
      for (const arg of field.args) {
        const named = getNamedType(arg.type);
        if (!(named instanceof GraphQLScalarType) || !['ID', 'String', 'Date', 'DateTime'].includes(named.name)) continue;
        // The fragments for one argument at once: the database serves them side by side.
        await Promise.all(
          FRAGMENTS.map(async (fragment) => {
            const args: Record<string, unknown> = {};
            for (const required of field.args.filter((a) => a.type instanceof GraphQLNonNull)) {
              args[required.name] = required.type.toString().startsWith('[') ? [fragment] : fragment;
            }
            args[arg.name] = arg.type.toString().startsWith('[') ? [fragment] : fragment;
            const res = await send(operation(field, args, 'variables'));
            expectSafe(res, `${field.name}(${arg.name}: ${JSON.stringify(fragment).slice(0, 60)})`);
          }),
        );
      }
    }
    expect(await countGraph(db.graph)).toEqual(before);
  }, 180_000);

  it('random hostile arguments, as variables and inline literals: safe, and nothing written', async () => {
    const before = await countGraph(db.graph);
    const request = fc
      .constantFrom(...queryFields)
      .chain((field) => fc.tuple(fc.constant(field), argsFor(field), fc.constantFrom<Mode>('variables', 'inline')));
    await fc.assert(
      fc.asyncProperty(request, async ([field, args, mode]) => {
        const body = operation(field, args, mode);
        const res = await send(body);
        expectSafe(res, body.query.slice(0, 300));
      }),
      RUNS,
    );
    expect(await countGraph(db.graph)).toEqual(before);
  }, 180_000);
});

/** Every path to a leaf of a JSON value, e.g. ['statements', 3, 'speaker']. */
function leafPaths(value: unknown, at: Array<string | number> = []): Array<Array<string | number>> {
  if (value === null || typeof value !== 'object') return [at];
  const entries = Array.isArray(value) ? value.map((v, i) => [i, v] as const) : Object.entries(value);
  return [at, ...entries.flatMap(([k, v]) => leafPaths(v, [...at, k]))];
}

function replaced(dossier: unknown, path: Array<string | number>, value: unknown): unknown {
  if (path.length === 0) return value;
  const copy: any = structuredClone(dossier);
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key];
  node[path[path.length - 1]!] = value;
  return copy;
}

const INGEST = `mutation($dossier: JSON!, $replace: Boolean) {
  ingestDossier(dossier: $dossier, replace: $replace) {
    __typename
    ... on DossierValidationError { message issues { path message } }
    ... on DossierConflictError { message }
  }
}`;

describe('hostile dossiers', () => {
  // A small dossier the graph does not hold yet, so that a success would show in the counts.
  const [fresh] = generateCorpus({ ...SIZES.XS, statements: 6, articles: 1 }, 99);
  const paths = leafPaths(fresh);

  it('a refused dossier writes nothing; none gets a 500 or leaks', async () => {
    let refused = 0;
    const dossier = fc.oneof(
      {
        weight: 6,
        arbitrary: fc
          .tuple(fc.constantFrom(...paths), fc.oneof(hostileString, anyJson, hostileInt, fc.constant(null)))
          .map(([path, value]) => replaced(fresh, path, value)),
      },
      { weight: 1, arbitrary: anyJson },
    );
    await fc.assert(
      fc.asyncProperty(dossier, fc.boolean(), async (input, replace) => {
        const before = await countGraph(db.graph);
        const res = await send({ query: INGEST, variables: { dossier: input, replace } });
        expectSafe(res, JSON.stringify(input).slice(0, 300));
        const result = res.json.data?.ingestDossier;
        if (result?.__typename === 'MutationIngestDossierSuccess') {
          await resetWithSeed(db.graph); // a hostile but valid dossier: written whole; start over
          return;
        }
        refused += 1;
        expect(await countGraph(db.graph)).toEqual(before);
      }),
      { numRuns: 60, seed: 20171124 },
    );
    expect(refused).toBeGreaterThan(0);
  }, 240_000);

  it('hostile text in a free-text field is stored verbatim (trimmed), or refused with nothing written', async () => {
    await resetWithSeed(db.graph);
    const first = await send({ query: INGEST, variables: { dossier: fresh } });
    expect(first.json.data.ingestDossier.__typename).toBe('MutationIngestDossierSuccess');
    const counts = await countGraph(db.graph);
    let stored = 0;
    await fc.assert(
      fc.asyncProperty(hostileString, async (headline) => {
        const dossier: any = structuredClone(fresh);
        dossier.article.headline = headline;
        const res = await send({ query: INGEST, variables: { dossier } });
        expectSafe(res, JSON.stringify(headline).slice(0, 100));
        const valid = headline.trim().length >= 1 && headline.trim().length <= 500 && !/\p{Surrogate}/u.test(headline);
        expect(res.json.data.ingestDossier.__typename).toBe(valid ? 'MutationIngestDossierSuccess' : 'DossierValidationError');
        if (valid) {
          stored += 1;
          const read = await send({ query: 'query($id: ID!) { article(id: $id) { headline } }', variables: { id: dossier.article.id } });
          expect(read.json.data.article.headline).toBe(headline.trim());
        }
        expect(await countGraph(db.graph)).toEqual(counts);
      }),
      { numRuns: 40, seed: 20171124 },
    );
    expect(stored).toBeGreaterThan(0);
  }, 240_000);
});
