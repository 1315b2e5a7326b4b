/** What every resolver gets: the graph (observed per request) and the request's settings. */
import type { Role } from '../auth/roles.js';
import type { Graph } from '../graph/graph.js';
import type { Extractor } from '../extract/pool.js';
import type { Logger } from '../logger.js';

export interface Context {
  graph: Graph;
  log: Logger;
  /** The largest page a connection may ask for (`first` / `last`). */
  maxPageSize: number;
  /** The request's role, from its API key or JWT (admin when auth is off; null: none). */
  role: Role | null;
  /** How many Cypher queries this request has sent so far (logged with the request). */
  queryCount(): number;
  /** Extracts articles off the event loop (the server's worker pool). */
  extractor: Extractor;
}
