/**
 * The paths the server answers, matched exactly. yoga on its own takes any URL ending in
 * /graphql for GraphQL (/health/graphql, /explorer/graphql, /x?y=/graphql …), and the old open-
 * path check matched prefixes, so such a path ran GraphQL with no credentials (issue 11). Now:
 * GraphQL (and GraphiQL's page) at /graphql only; /health and /live; the explorer's files; the
 * export. This gate runs first among our plugins, before authentication: any other path is a
 * 404 with a JSON body, for everyone. Every served path but /graphql is answered by one of our
 * plugins, whatever the method or query string, so yoga's GraphQL handling only ever sees /graphql.
 */
import type { Plugin } from 'graphql-yoga';
import { EXPLORER_FILES } from './explorer.js';
import { EXPORT_PATH } from './export.js';
import { errorResponse } from './json-error.js';

export const GRAPHQL_PATH = '/graphql';
/** Liveness and the database's health: open to anyone, even with auth on. */
export const HEALTH_PATH = '/health';
export const LIVE_PATH = '/live';

/** Paths open without credentials: the health checks and the explorer's page and files (GraphiQL's page is open too: yoga serves it before any of our plugins). */
export const OPEN_PATHS: ReadonlySet<string> = new Set([HEALTH_PATH, LIVE_PATH, ...EXPLORER_FILES]);

const SERVED: ReadonlySet<string> = new Set([GRAPHQL_PATH, EXPORT_PATH, ...OPEN_PATHS]);

export function routeGatePlugin(): Plugin {
  return {
    onRequest({ url, endResponse, fetchAPI }) {
      if (SERVED.has(url.pathname)) return;
      endResponse(
        errorResponse(
          fetchAPI,
          404,
          `Not found. The API answers ${GRAPHQL_PATH}; see also ${HEALTH_PATH}, ${EXPLORER_FILES[0]} and ${EXPORT_PATH}.`,
          'NOT_FOUND',
        ),
      );
    },
  };
}
