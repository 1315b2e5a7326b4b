/**
 * The list limit (CLAIMGRAPH_MAX_LIST_ITEMS, src/server/list-limits.ts) on every list argument
 * of the schema — found by walking the built schema's Query and Mutation fields and their input
 * types, so that a new list argument is covered without being named here — given as variables:
 * one item over the limit is refused naming the argument, before anything runs; at the limit it
 * passes this check. And the attack that found it: five aliases of `nodes` with 100,000 ids.
 */
import {
  getNamedType,
  getNullableType,
  isCompositeType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  type GraphQLField,
  type GraphQLInputType,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { schema } from '../../src/schema/index.js';
import { client, openGraph, resetWithSeed } from '../support/graph.js';

const db = openGraph();
beforeAll(() => resetWithSeed(db.graph));
afterAll(() => db.close());

const DEFAULTS = loadConfig({});
const MAX = DEFAULTS.limits.listItems;

/** A list inside a root field's arguments: the argument, then input fields down to the list. */
interface ListLocation {
  operation: 'query' | 'mutation';
  field: GraphQLField<unknown, unknown>;
  /** e.g. ['ids'], or ['input', 'tags'] for a list field of an input object. */
  path: string[];
}

/** Every list reachable from the root fields' arguments, through input objects (each input type once per path). */
function listLocations(): ListLocation[] {
  const found: ListLocation[] = [];
  const walk = (operation: ListLocation['operation'], field: GraphQLField<unknown, unknown>, type: GraphQLInputType, path: string[], seen: Set<string>) => {
    const nullable = getNullableType(type);
    if (isListType(nullable)) {
      found.push({ operation, field, path });
      return;
    }
    if (isInputObjectType(nullable) && !seen.has(nullable.name)) {
      for (const inner of Object.values(nullable.getFields())) walk(operation, field, inner.type, [...path, inner.name], new Set([...seen, nullable.name]));
    }
  };
  for (const [operation, root] of [
    ['query', schema.getQueryType()],
    ['mutation', schema.getMutationType()],
  ] as const) {
    for (const field of Object.values(root?.getFields() ?? {})) for (const arg of field.args) walk(operation, field, arg.type, [arg.name], new Set());
  }
  return found;
}

/** A valid value of an input type: a real id, the first enum value, an object with its required fields. */
function sample(type: GraphQLInputType): unknown {
  const nullable = getNullableType(type) as GraphQLInputType;
  if (isListType(nullable)) return [sample(nullable.ofType)];
  if (isEnumType(nullable)) return nullable.getValues()[0]!.name;
  if (isInputObjectType(nullable)) {
    const required = Object.values(nullable.getFields()).filter((f) => isNonNullType(f.type) && f.defaultValue === undefined);
    return Object.fromEntries(required.map((f) => [f.name, sample(f.type)]));
  }
  const samples: Record<string, unknown> = {
    ID: 'person:sergei-lavrov',
    String: 'Lavrov',
    Int: 1,
    Float: 1,
    Boolean: false,
    Date: '2017-11-24',
    DateTime: '2017-11-24T00:00:00Z',
    JSON: {},
  };
  return samples[nullable.name];
}

/** `sample(type)` with the list at `path` holding `items` items. */
function withList(type: GraphQLInputType, path: string[], items: number): unknown {
  const nullable = getNullableType(type) as GraphQLInputType;
  if (path.length === 0) {
    if (!isListType(nullable)) throw new Error('not a list');
    const item = sample(nullable.ofType);
    return Array.from({ length: items }, () => item);
  }
  if (!isInputObjectType(nullable)) throw new Error('not an input object');
  const [name, ...rest] = path;
  return { ...(sample(nullable) as object), [name!]: withList(nullable.getFields()[name!]!.type, rest, items) };
}

/** The root field with all its required arguments (and the one holding the list) as variables. */
function request(location: ListLocation, items: number) {
  const args = location.field.args.filter((a) => a.name === location.path[0] || (isNonNullType(a.type) && a.defaultValue === undefined));
  const variables = Object.fromEntries(
    args.map((a) => [a.name, a.name === location.path[0] ? withList(a.type, location.path.slice(1), items) : sample(a.type)]),
  );
  const selection = isCompositeType(getNamedType(location.field.type)) ? ' { __typename }' : '';
  const query = `${location.operation} (${args.map((a) => `$${a.name}: ${String(a.type)}`).join(', ')}) { ${location.field.name}(${args.map((a) => `${a.name}: $${a.name}`).join(', ')})${selection} }`;
  return { query, variables };
}

const locations = listLocations();
const named = (l: ListLocation) => `${l.operation === 'query' ? 'Query' : 'Mutation'}.${l.field.name}(${l.path.join('.')})`;

describe('every list argument of the schema is bounded', () => {
  let sent = 0;
  const counted = client(db.graph.observed(() => (sent += 1)));

  it('finds the list arguments (ids, actors × topics, the type filters)', () => {
    expect(locations.map(named)).toEqual(
      expect.arrayContaining([
        'Query.nodes(ids)',
        'Query.stanceMatrix(actors)',
        'Query.stanceMatrix(topics)',
        'Query.neighbourhood(relationshipTypes)',
        'Query.neighbourhood(nodeTypes)',
        'Query.paths(relationshipTypes)',
        'Query.search(types)',
      ]),
    );
  });

  it.each(locations.map((l) => [named(l), l] as const))(
    `%s: ${MAX + 1} items are refused naming the argument and the limit, before anything runs`,
    async (_name, location) => {
      const { query, variables } = request(location, MAX + 1);
      sent = 0;
      const res = await counted.gql(query, variables);
      expect(res.data ?? null).toBeNull();
      expect(res.errors).toHaveLength(1);
      const error = res.errors![0]!;
      const argument = location.path.join('.');
      expect(error.message).toBe(`The list "${argument}" of ${location.field.name} has ${MAX + 1} items, above the list limit of ${MAX}.`);
      expect(error.extensions).toEqual({
        code: 'LIST_TOO_LONG',
        limit: MAX,
        items: MAX + 1,
        field: `${location.operation === 'query' ? 'Query' : 'Mutation'}.${location.field.name}`,
        argument,
      });
      expect(sent).toBe(0);
    },
  );

  it.each(locations.map((l) => [named(l), l] as const))(`%s: ${MAX} items pass the list check`, async (_name, location) => {
    const { query, variables } = request(location, MAX);
    const res = await counted.gql(query, variables);
    // Other checks may refuse it (stanceMatrix takes 50 ids); this one does not.
    expect(res.errors?.filter((e) => e.extensions?.code === 'LIST_TOO_LONG') ?? []).toEqual([]);
  });

  it('counts an inline list as it counts one in variables', async () => {
    const strict = client(db.graph, { limits: { ...DEFAULTS.limits, listItems: 2 } });
    const res = await strict.gql('{ neighbourhood(id: "person:sergei-lavrov", nodeTypes: [PERSON, COUNTRY, TOPIC]) { truncated } }');
    expect(res.errors![0]!.extensions).toMatchObject({ code: 'LIST_TOO_LONG', field: 'Query.neighbourhood', argument: 'nodeTypes', items: 3, limit: 2 });
    expect((await strict.gql('{ neighbourhood(id: "person:sergei-lavrov", nodeTypes: [PERSON, COUNTRY]) { truncated } }')).errors).toBeUndefined();
  });

  it('reads CLAIMGRAPH_MAX_LIST_ITEMS, and refuses a bad value by name', () => {
    expect(DEFAULTS.limits.listItems).toBe(1000);
    expect(loadConfig({ CLAIMGRAPH_MAX_LIST_ITEMS: '50' }).limits.listItems).toBe(50);
    expect(() => loadConfig({ CLAIMGRAPH_MAX_LIST_ITEMS: '0' })).toThrow(/CLAIMGRAPH_MAX_LIST_ITEMS/);
  });
});

describe('list items count in the complexity', () => {
  it('nodes(ids:) costs per id: 600 ids of { id } cost 1 + 600 + 600', async () => {
    const strict = client(db.graph, { limits: { ...DEFAULTS.limits, complexity: 1000 } });
    const ids = Array.from({ length: 600 }, () => 'person:sergei-lavrov');
    const res = await strict.gql('query ($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids });
    expect(res.errors?.[0]?.message).toBe('Query complexity of 1201 exceeds the limit of 1000: ask for smaller pages or fewer nested lists.');
    expect((await strict.gql('query ($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids: ids.slice(0, 300) })).errors).toBeUndefined();
  });
});

describe('the attack: five aliases of nodes(ids:) with 100,000 ids each', () => {
  /** Measured at 50–120 ms here (a 2.3 MB body, read once as JSON, then counted): the bound leaves room for a busy machine. Before the list limit it took 10 s and read every id. */
  const BOUND_MS = 3_000;

  it(`is refused within ${BOUND_MS / 1000} s, naming the list limit, and reads nothing`, async () => {
    let sent = 0;
    const counted = client(db.graph.observed(() => (sent += 1)));
    const ids = Array.from({ length: 100_000 }, (_, i) => `person:someone-${i}`);
    const query = `query ($ids: [ID!]!) { ${['a', 'b', 'c', 'd', 'e'].map((alias) => `${alias}: nodes(ids: $ids) { id ... on Actor { name } }`).join(' ')} }`;
    const started = performance.now();
    const response = await counted.yoga.fetch('http://yoga/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables: { ids } }),
    });
    const text = await response.text();
    const elapsed = performance.now() - started;
    expect(elapsed).toBeLessThan(BOUND_MS);
    expect(text.length).toBeLessThan(1_000);
    const body = JSON.parse(text);
    expect(body.data ?? null).toBeNull();
    expect(body.errors).toEqual([
      {
        message: `The list "ids" of nodes has 100000 items, above the list limit of ${MAX}.`,
        extensions: { code: 'LIST_TOO_LONG', limit: MAX, items: 100_000, field: 'Query.nodes', argument: 'ids' },
      },
    ]);
    expect(sent).toBe(0);
  });
});
