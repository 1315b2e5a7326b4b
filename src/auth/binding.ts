/**
 * The rule for running without auth: only on a loopback address, where nobody else can reach
 * the API. Checked where the server starts, so that other commands (ingest, keys) don't care.
 */
import type { Config } from '../config.js';
import type { Logger } from '../logger.js';
import { isLoopbackHost } from '../loopback.js';

/** Refuses an open API on a reachable address; warns when it is open on loopback. */
export function checkAuthBinding(config: Pick<Config, 'auth' | 'server'>, log: Logger): void {
  if (config.auth.enabled) return;
  if (!isLoopbackHost(config.server.host)) {
    throw new Error(
      `Refusing to serve without authentication on ${config.server.host}: CLAIMGRAPH_AUTH=off is allowed only on a loopback address (127.0.0.1, ::1, localhost). ` +
        'Set CLAIMGRAPH_AUTH=on and create keys with `claimgraph keys create --role reader`, or bind HOST=127.0.0.1.',
    );
  }
  log.warn('authentication is off: anyone who can reach this address may read and write the graph (CLAIMGRAPH_AUTH=on turns it on)', {
    host: config.server.host,
  });
}
