/** The export formats: for each, the writer, its media type and file extension. */
import { csvZip, edgesCsv, nodesCsv } from './csv.js';
import { toGexf } from './gexf.js';
import { toGraphml } from './graphml.js';
import type { ExportGraph } from './subgraph.js';

export const EXPORT_FORMATS = ['graphml', 'gexf', 'csv', 'json'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** One CSV file instead of the zip of both. */
export const CSV_PARTS = ['nodes', 'edges'] as const;
export type CsvPart = (typeof CSV_PARTS)[number];

export interface ExportFile {
  body: string | Uint8Array<ArrayBuffer>;
  contentType: string;
  /** File name ending, e.g. ".graphml", "-nodes.csv". */
  suffix: string;
}

export function exportFile(graph: ExportGraph, format: ExportFormat, part?: CsvPart): ExportFile {
  switch (format) {
    case 'graphml':
      return { body: toGraphml(graph), contentType: 'application/graphml+xml; charset=utf-8', suffix: '.graphml' };
    case 'gexf':
      return { body: toGexf(graph), contentType: 'application/gexf+xml; charset=utf-8', suffix: '.gexf' };
    case 'json':
      return { body: JSON.stringify(graph), contentType: 'application/json; charset=utf-8', suffix: '.json' };
    case 'csv':
      if (!part) return { body: csvZip(graph), contentType: 'application/zip', suffix: '-csv.zip' };
      return {
        body: part === 'nodes' ? nodesCsv(graph) : edgesCsv(graph),
        contentType: 'text/csv; charset=utf-8; header=present',
        suffix: `-${part}.csv`,
      };
  }
}
