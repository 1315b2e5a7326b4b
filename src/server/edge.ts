/**
 * The HTTP edge: the node:http server `claimgraph serve` listens with. It is built here, not in
 * serve.ts, so that a test can build the very same server in-process and speak raw HTTP to it.
 */
import { createServer, type RequestListener, type Server } from 'node:http';

export function createHttpServer(handler: RequestListener): Server {
  return createServer(handler);
}
