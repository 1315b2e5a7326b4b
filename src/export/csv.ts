/**
 * CSV (RFC 4180: comma-separated, CRLF line ends, a header row, fields with a comma, quote or
 * line break in double quotes with quotes doubled): nodes.csv and edges.csv, alone or zipped
 * together. Cells that a spreadsheet would run as formulas are neutralised (csvField). Pure: the
 * explorer's bundle imports it for its own CSV download.
 */
import { strToU8, zipSync } from 'fflate';
import type { ExportGraph } from './subgraph.js';

export type Cell = string | number | boolean | null;

/** Spreadsheets run a cell starting with one of these as a formula (OWASP "CSV injection"). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One CSV field, safe to open in a spreadsheet: a text starting like a formula gets a single
 * quote in front (OWASP's advice: Excel, LibreOffice and Sheets then show it as text) and is
 * quoted; any field with a comma, quote or line break is quoted, quotes doubled (RFC 4180).
 * Numbers and booleans are values, not text, and are written as they are. Every CSV the
 * project writes for people (the export, the explorer's download) goes through this.
 */
export function csvField(value: Cell): string {
  if (value === null) return '';
  if (typeof value !== 'string') return String(value);
  if (FORMULA_START.test(value)) return `"'${value.replace(/"/g, '""')}"`;
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

function table(header: string[], rows: Cell[][]): string {
  return [header, ...rows].map((row) => `${row.map(csvField).join(',')}\r\n`).join('');
}

export function nodesCsv(graph: ExportGraph): string {
  return table(
    ['id', 'type', 'label', 'distance'],
    graph.nodes.map((n) => [n.id, n.type, n.label, n.distance]),
  );
}

/** `properties` is the relationship's properties as a JSON string. */
export function edgesCsv(graph: ExportGraph): string {
  return table(
    ['id', 'type', 'source', 'target', 'properties'],
    graph.edges.map((e) => [e.id, e.type, e.source, e.target, JSON.stringify(e.properties)]),
  );
}

/** A zip holding nodes.csv and edges.csv. */
export function csvZip(graph: ExportGraph): Uint8Array<ArrayBuffer> {
  return zipSync({ 'nodes.csv': strToU8(nodesCsv(graph)), 'edges.csv': strToU8(edgesCsv(graph)) });
}
