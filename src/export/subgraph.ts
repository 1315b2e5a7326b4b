/**
 * The value every export writer takes: a subgraph as the GraphQL `Subgraph` answers it (node
 * type as the NodeType enum value, a display label), so that a file says what the API says.
 */
export interface ExportNode {
  id: string;
  /** NodeType enum value: PERSON, STATEMENT, … */
  type: string;
  label: string;
  /** Hops from the centre (null outside a neighbourhood). */
  distance: number | null;
}

export interface ExportEdge {
  id: string;
  type: string;
  source: string;
  target: string;
  properties: Record<string, unknown>;
}

export interface ExportGraph {
  nodes: ExportNode[];
  edges: ExportEdge[];
  truncated: boolean;
}
