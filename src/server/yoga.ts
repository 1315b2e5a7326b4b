/**
 * The GraphQL server as a fetch handler: schema, per-request context, GraphiQL on /graphql
 * (from the installed package, under its own CSP), masked errors (only GraphQLErrors meant for
 * the client keep their message), /health reporting whether Neo4j answers, exact routes and
 * security headers. `claimgraph serve` puts it behind node:http (edge.ts); tests call
 * `yoga.fetch` directly, or build that same server.
 */
import { createYoga, maskError, type Plugin } from 'graphql-yoga';
import { loadConfig, type AuthConfig, type HttpPolicy, type RateLimit, type RequestLimits } from '../config.js';
import { sharedExtractionPool, type Extractor } from '../extract/pool.js';
import { ping } from '../graph/admin.js';
import type { Graph } from '../graph/graph.js';
import type { Logger } from '../logger.js';
import type { Context } from '../schema/context.js';
import { databaseClientError } from '../schema/query-limits.js';
import { schema } from '../schema/index.js';
import { explorerPlugin } from './explorer.js';
import { authentication } from './auth.js';
import { exportPlugin } from './export.js';
import { graphiqlPage } from './graphiql.js';
import { corsFor, httpPolicyPlugins } from './http-policy.js';
import { requestLimitPlugins } from './limits.js';
import { rateLimitPlugin } from './rate-limit.js';
import { GRAPHQL_PATH, HEALTH_PATH, LIVE_PATH, routeGatePlugin } from './routes.js';
import { securityHeadersPlugin } from './security-headers.js';

export interface YogaOptions {
  graph: Graph;
  log: Logger;
  maxPageSize: number;
  /** Default: the defaults of src/config.ts. */
  limits?: RequestLimits;
  http?: HttpPolicy;
  /** Default: off (every request is admin), as when serving on a loopback address. */
  auth?: AuthConfig;
  /** Default: off, as when serving on a loopback address without auth. */
  rateLimit?: RateLimit;
  /** Default: the process's shared extraction pool (its idle workers never keep the process alive). */
  extractor?: Extractor;
}

const DEFAULTS = loadConfig({});

export function createClaimgraphYoga({
  graph,
  log,
  maxPageSize,
  limits = DEFAULTS.limits,
  http = DEFAULTS.http,
  auth = DEFAULTS.auth,
  rateLimit = DEFAULTS.rateLimit,
  extractor = sharedExtractionPool(DEFAULTS.extract),
}: YogaOptions) {
  const authn = authentication(auth, graph, log);
  // GraphiQL needs introspection: without it, no GraphiQL either.
  const graphiql = http.introspection ? graphiqlPage({ title: 'claimgraph', defaultQuery: EXAMPLE_QUERY }) : undefined;
  return createYoga<Record<string, unknown>, Context>({
    schema,
    graphqlEndpoint: GRAPHQL_PATH,
    // Yoga's own liveness check moves aside: /health also checks the database. (It answers any
    // URL ending in /live, before our plugins; healthPlugin answers /live with a query string.)
    healthCheckEndpoint: LIVE_PATH,
    landingPage: false,
    graphiql: graphiql ? (request) => graphiql.options(request) : false,
    renderGraphiQL: graphiql?.render,
    cors: corsFor(http),
    // Database errors meant for the client (unavailable, a limit hit) get their clear message.
    maskedErrors: { maskError: (error, message, isDev) => databaseClientError(error) ?? maskError(error, message, isDev) },
    logging: {
      debug: (...args) => log.debug(String(args[0]), { details: args.slice(1).map(String) }),
      info: (...args) => log.info(String(args[0]), { details: args.slice(1).map(String) }),
      warn: (...args) => log.warn(String(args[0]), { details: args.slice(1).map(String) }),
      error: (...args) => log.error(String(args[0]), { details: args.slice(1).map((a) => (a instanceof Error ? a.stack : String(a))) }),
    },
    context: (initial): Context => {
      let queries = 0;
      return { graph: graph.observed(() => (queries += 1)), log, maxPageSize, role: authn.roleOf(initial), queryCount: () => queries, extractor };
    },
    plugins: [
      // First: any path but the served ones is a 404, before credentials or GraphQL are looked at.
      routeGatePlugin(),
      securityHeadersPlugin(),
      ...(graphiql ? [graphiql.plugin] : []),
      healthPlugin(graph),
      requestLogPlugin(log),
      ...authn.plugins,
      // After authentication (it names the caller), before the export answers.
      ...(rateLimit.enabled ? [rateLimitPlugin(rateLimit, authn.callerOf, log)] : []),
      ...requestLimitPlugins(limits),
      ...httpPolicyPlugins(http, (context) => authn.roleOf(context) !== null),
      exportPlugin(graph, log),
      explorerPlugin(log),
    ],
  });
}

/** One log line per GraphQL operation: its name, duration, Cypher round-trips and errors. */
function requestLogPlugin(log: Logger): Plugin<Context> {
  return {
    onExecute({ args }) {
      const started = performance.now();
      return {
        onExecuteDone({ result }) {
          const errors = 'errors' in result && result.errors ? result.errors.map((e) => e.message) : undefined;
          log.info('graphql', {
            operation: args.operationName ?? 'anonymous',
            ms: Math.round(performance.now() - started),
            queries: args.contextValue.queryCount(),
            ...(errors ? { errors } : {}),
          });
        },
      };
    },
  };
}

function healthPlugin(graph: Graph): Plugin {
  return {
    async onRequest({ url, endResponse, fetchAPI }) {
      // yoga's liveness check matches the URL's end, so "/live?x" gets here: answered the same.
      if (url.pathname === LIVE_PATH) return endResponse(new fetchAPI.Response(null, { status: 200 }));
      if (url.pathname !== HEALTH_PATH) return;
      const neo4j = await ping(graph);
      endResponse(
        new fetchAPI.Response(JSON.stringify({ status: neo4j.ok ? 'ok' : 'degraded', neo4j }), {
          status: neo4j.ok ? 200 : 503,
          headers: { 'content-type': 'application/json' },
        }),
      );
    },
  };
}

const EXAMPLE_QUERY = `# Who said what: Sergei Lavrov's direct quotes, with topics and stance.
{
  actor(name: "Lavrov") {
    name
    statements(filter: { kind: DIRECT_QUOTE }) {
      totalCount
      edges {
        node {
          text
          when
          topics { topic { name } stance }
          article { headline publisher { name } }
        }
      }
    }
  }
}
`;
