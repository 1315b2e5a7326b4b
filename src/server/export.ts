/**
 * GET /export/subgraph?id=…&depth=…&limit=…&relationshipTypes=A,B&nodeTypes=X,Y&format=…[&part=…]
 * — a neighbourhood as a file for Gephi, Cytoscape, a spreadsheet or a script. The same
 * arguments, bounds and repository call as the `neighbourhood` field (not GraphQL over HTTP,
 * so that a file of 2000 nodes isn't built from a JSON answer first). Bad parameters are 400
 * with {error, parameter}, an unknown id 404, anything else 500 with no detail: never a stack.
 */
import type { Plugin } from 'graphql-yoga';
import { z } from 'zod';
import { CSV_PARTS, EXPORT_FORMATS, exportFile } from '../export/formats.js';
import type { ExportGraph } from '../export/subgraph.js';
import type { Graph } from '../graph/graph.js';
import { RELATIONSHIP_TYPES, type SubgraphRow } from '../graph/model.js';
import { displayLabel, NEIGHBOURHOOD_BOUNDS, neighbourhoodOf, NODE_TYPE_NAMES, noNodeMessage, NodeId, nodeTypeValue } from '../graph/subgraph.js';
import type { Logger } from '../logger.js';

export const EXPORT_PATH = '/export/subgraph';

const wholeNumber = (min: number, max: number, fallback: number) =>
  z
    .string()
    .regex(/^\d+$/, `must be a whole number between ${min} and ${max}`)
    .transform(Number)
    .pipe(z.number().min(min, `must be between ${min} and ${max}`).max(max, `must be between ${min} and ${max}`))
    .default(fallback);

/** "A,B" → ["A", "B"], each one of `allowed`. */
const enumList = (enumName: string, allowed: string[]) =>
  z
    .string()
    .transform((text, ctx) => {
      const values = text
        .split(',')
        .map((v) => v.trim())
        .filter(Boolean);
      const unknown = values.filter((v) => !allowed.includes(v));
      if (values.length === 0) ctx.addIssue({ code: 'custom', message: `must name at least one ${enumName}, or be left out` });
      else if (unknown.length > 0)
        ctx.addIssue({ code: 'custom', message: `has ${unknown.map((v) => JSON.stringify(v)).join(', ')}, not a ${enumName} (one of ${allowed.join(', ')})` });
      return values;
    })
    .optional();

const Params = z
  .object({
    id: z.string({ error: 'is required' }).pipe(NodeId),
    depth: wholeNumber(1, NEIGHBOURHOOD_BOUNDS.maxDepth, 1),
    limit: wholeNumber(1, NEIGHBOURHOOD_BOUNDS.maxLimit, NEIGHBOURHOOD_BOUNDS.defaultLimit),
    // The words of the API's RelationshipType and NodeType enums, which are built from these lists.
    relationshipTypes: enumList('RelationshipType', [...RELATIONSHIP_TYPES]),
    nodeTypes: enumList('NodeType', Object.keys(NODE_TYPE_NAMES)),
    format: z.enum(EXPORT_FORMATS, { error: `must be one of ${EXPORT_FORMATS.join(', ')}` }),
    part: z.enum(CSV_PARTS, { error: `must be one of ${CSV_PARTS.join(', ')} (or left out for a zip of both)` }).optional(),
  })
  .refine((p) => p.part === undefined || p.format === 'csv', { path: ['part'], message: 'applies only to format=csv' });

type ExportParams = z.infer<typeof Params>;
const KNOWN = new Set(Object.keys(Params.shape));

class BadParameter extends Error {
  constructor(
    readonly parameter: string,
    message: string,
  ) {
    super(`${parameter} ${message}`);
  }
}

/** The query string, validated: each parameter once, known, and within the neighbourhood's bounds. */
function readParams(url: URL): ExportParams {
  const raw = new Map<string, string>();
  for (const [key, value] of url.searchParams) {
    if (!KNOWN.has(key)) throw new BadParameter(key, `is not a parameter of ${EXPORT_PATH} (expected ${[...KNOWN].join(', ')})`);
    if (raw.has(key)) throw new BadParameter(key, 'is given more than once');
    raw.set(key, value);
  }
  const parsed = Params.safeParse(Object.fromEntries(raw));
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new BadParameter(String(issue.path[0] ?? 'query'), issue.message);
  }
  return parsed.data;
}

/** A neighbourhood as the GraphQL `Subgraph` presents it: NodeType values and display labels. */
function drawable(row: SubgraphRow): ExportGraph {
  return {
    nodes: row.nodes.map((n) => ({ id: n.id, type: nodeTypeValue(n), label: displayLabel(n as never), distance: n.distance ?? null })),
    edges: row.edges.map(({ id, type, source, target, properties }) => ({ id, type, source, target, properties })),
    truncated: row.truncated,
  };
}

function fileName(p: ExportParams, suffix: string): string {
  return `claimgraph-${p.id.replace(/[^A-Za-z0-9._-]+/g, '-')}-depth${p.depth}${suffix}`;
}

export function exportPlugin(graph: Graph, log: Logger): Plugin {
  return {
    async onRequest({ request, url, endResponse, fetchAPI }) {
      if (url.pathname !== EXPORT_PATH) return;
      const json = (status: number, body: object, headers: Record<string, string> = {}) =>
        endResponse(new fetchAPI.Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json; charset=utf-8', ...headers } }));
      if (request.method !== 'GET') return json(405, { error: `${EXPORT_PATH} answers GET only` }, { allow: 'GET' });
      try {
        const p = readParams(url);
        const subgraph = await neighbourhoodOf(graph, p);
        if (!subgraph) return json(404, { error: noNodeMessage(p.id), parameter: 'id' });
        const file = exportFile(drawable(subgraph), p.format, p.part);
        endResponse(
          new fetchAPI.Response(file.body, {
            status: 200,
            headers: {
              'content-type': file.contentType,
              'content-disposition': `attachment; filename="${fileName(p, file.suffix)}"`,
              // CSV and GraphML have nowhere to say the limit cut nodes; this header does.
              'x-claimgraph-truncated': String(subgraph.truncated),
              'cache-control': 'no-store',
            },
          }),
        );
      } catch (error) {
        if (error instanceof BadParameter) return json(400, { error: error.message, parameter: error.parameter });
        log.error('export failed', { path: url.pathname, error: error instanceof Error ? error.stack : String(error) });
        return json(500, { error: 'The export failed; the server log says why.' });
      }
    },
  };
}
