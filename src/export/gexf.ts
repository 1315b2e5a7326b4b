/**
 * GEXF 1.3 (Gephi's own format) through graphology's writer: a directed multigraph (two
 * relationships may join the same pair), node label and edge label (its type) as GEXF labels,
 * the rest as declared attributes.
 */
import { MultiDirectedGraph } from 'graphology';
import { write } from 'graphology-gexf';
import type { ExportGraph } from './subgraph.js';
import { xmlSafe } from './xml.js';

export function toGexf(subgraph: ExportGraph): string {
  const graph = new MultiDirectedGraph();
  // The writer escapes markup but not characters XML forbids; those are replaced first.
  for (const n of subgraph.nodes) {
    graph.addNode(n.id, { label: xmlSafe(n.label), type: n.type, ...(n.distance === null ? {} : { distance: n.distance }) });
  }
  for (const e of subgraph.edges) {
    graph.addDirectedEdgeWithKey(e.id, e.source, e.target, { label: e.type, type: e.type, properties: xmlSafe(JSON.stringify(e.properties)) });
  }
  return write(graph, {
    version: '1.3',
    formatNode: (_key, { label, ...attributes }) => ({ label, attributes }),
    formatEdge: (_key, { label, ...attributes }) => ({ label, attributes }),
  });
}
