/**
 * GraphML (http://graphml.graphdrawing.org/), written by hand: directed edges, node type /
 * label / distance and edge type / properties (a JSON string) declared as <key>s, which
 * Gephi, Cytoscape and yEd read as attributes.
 */
import type { ExportGraph } from './subgraph.js';
import { xmlAttr, xmlText } from './xml.js';

const KEYS = [
  { id: 'node_type', for: 'node', name: 'type', type: 'string' },
  { id: 'node_label', for: 'node', name: 'label', type: 'string' },
  { id: 'node_distance', for: 'node', name: 'distance', type: 'int' },
  { id: 'edge_type', for: 'edge', name: 'type', type: 'string' },
  { id: 'edge_properties', for: 'edge', name: 'properties', type: 'string' },
] as const;

const data = (key: string, value: string) => `<data key="${key}">${xmlText(value)}</data>`;

export function toGraphml(graph: ExportGraph): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
    '    xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...KEYS.map((k) => `  <key id="${k.id}" for="${k.for}" attr.name="${k.name}" attr.type="${k.type}"/>`),
    '  <graph id="subgraph" edgedefault="directed">',
  ];
  for (const n of graph.nodes) {
    const distance = n.distance === null ? '' : data('node_distance', String(n.distance));
    lines.push(`    <node id="${xmlAttr(n.id)}">${data('node_type', n.type)}${data('node_label', n.label)}${distance}</node>`);
  }
  for (const e of graph.edges) {
    lines.push(
      `    <edge id="${xmlAttr(e.id)}" source="${xmlAttr(e.source)}" target="${xmlAttr(e.target)}">` +
        `${data('edge_type', e.type)}${data('edge_properties', JSON.stringify(e.properties))}</edge>`,
    );
  }
  lines.push('  </graph>', '</graphml>', '');
  return lines.join('\n');
}
