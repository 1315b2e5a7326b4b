/**
 * CSV (RFC 4180: comma-separated, CRLF line ends, a header row, fields with a comma, quote or
 * line break in double quotes with quotes doubled): nodes.csv and edges.csv, alone or zipped
 * together.
 */
import { strToU8, zipSync } from 'fflate';
import type { ExportGraph } from './subgraph.js';

type Cell = string | number | boolean | null;

function field(value: Cell): string {
  const text = value === null ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function table(header: string[], rows: Cell[][]): string {
  return [header, ...rows].map((row) => row.map(field).join(',') + '\r\n').join('');
}

export function nodesCsv(graph: ExportGraph): string {
  return table(['id', 'type', 'label', 'distance'], graph.nodes.map((n) => [n.id, n.type, n.label, n.distance]));
}

/** `properties` is the relationship's properties as a JSON string. */
export function edgesCsv(graph: ExportGraph): string {
  return table(['id', 'type', 'source', 'target', 'properties'], graph.edges.map((e) => [e.id, e.type, e.source, e.target, JSON.stringify(e.properties)]));
}

/** A zip holding nodes.csv and edges.csv. */
export function csvZip(graph: ExportGraph): Uint8Array<ArrayBuffer> {
  return zipSync({ 'nodes.csv': strToU8(nodesCsv(graph)), 'edges.csv': strToU8(edgesCsv(graph)) });
}
