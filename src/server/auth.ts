/**
 * Authentication at the HTTP edge, before anything reads the graph for a client. With auth
 * on, every path but /health, /live and the explorer's files (exactly those paths: see
 * routes.ts) needs `Authorization: Bearer`
 * with a live API key or a valid JWT; anything else is a 401 with a WWW-Authenticate
 * challenge. The role found goes into the GraphQL context (`roleOf`), where scope-auth
 * checks it per field. With auth off every request is admin.
 */
import { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { hashApiKeySecret, isApiKeySecret } from '../auth/api-key-secret.js';
import { bearerToken, looksLikeJwt } from '../auth/bearer.js';
import { JWT_CONTEXT_FIELD, jwtPlugin, roleFromClaims } from '../auth/jwt.js';
import { hasRole, type Role } from '../auth/roles.js';
import type { AuthConfig } from '../config.js';
import { roleOfApiKey } from '../graph/api-keys.js';
import type { Graph } from '../graph/graph.js';
import type { Logger } from '../logger.js';
import { GRAPHQL_PATH, OPEN_PATHS } from './routes.js';

const CHALLENGE = 'Bearer realm="claimgraph"';

/**
 * Where the edge leaves an API key's role: on the server context, which yoga hands on as the
 * GraphQL context. Not on the Request: a plugin may replace it (the body-size check does for a
 * body without Content-Length), and the role would be lost with it.
 */
const KEY_ROLE = Symbol('claimgraph.apiKeyRole');
type WithKeyRole = { [KEY_ROLE]?: Role };

export interface Authentication {
  plugins: Plugin[];
  /** The role of a GraphQL request that passed the edge (null: it has none). */
  roleOf(context: { request: Request } & Record<string, unknown>): Role | null;
  /** Who a request that passed the edge comes from, for per-caller limits: its API key (hashed) or its JWT's subject; null with auth off. */
  callerOf(request: Request, context: Record<string, unknown>): string | null;
}

export function authentication(auth: AuthConfig, graph: Graph, log: Logger): Authentication {
  if (!auth.enabled) return { plugins: [], roleOf: () => 'admin', callerOf: () => null };
  const jwt = auth.jwt;
  const jwtVerifier = jwt ? jwtPlugin(jwt) : undefined;
  const jwtRole = (context: Record<string, unknown>) =>
    jwt ? roleFromClaims((context[JWT_CONTEXT_FIELD] as { payload?: unknown } | undefined)?.payload, jwt.roleClaim) : null;

  const edge: Plugin = {
    async onRequest({ request, url, endResponse, fetchAPI, serverContext }) {
      if (request.method === 'OPTIONS' || OPEN_PATHS.has(url.pathname)) return;
      const refuse = (status: number, message: string, code: string, challenge?: string) => {
        log.info('request refused', { path: url.pathname, status, code });
        endResponse(
          new fetchAPI.Response(JSON.stringify({ errors: [{ message, extensions: { code } }] }), {
            status,
            headers: { 'content-type': 'application/json; charset=utf-8', ...(challenge ? { 'www-authenticate': challenge } : {}) },
          }),
        );
      };
      const invalid = (message: string) => refuse(401, message, 'UNAUTHENTICATED', `${CHALLENGE}, error="invalid_token"`);

      const token = bearerToken(request);
      if (!token) return refuse(401, 'Authentication required: send Authorization: Bearer <API key or JWT>.', 'UNAUTHENTICATED', CHALLENGE);
      if (isApiKeySecret(token)) {
        let role: Role | null;
        try {
          role = await roleOfApiKey(graph, token);
        } catch (error) {
          log.error('API key lookup failed', { error: error instanceof Error ? error.message : String(error) });
          return refuse(503, 'The credentials could not be checked: the database is unavailable; try again shortly.', 'DATABASE_UNAVAILABLE');
        }
        if (!role) return invalid('The API key is unknown or revoked.');
        (serverContext as WithKeyRole)[KEY_ROLE] = role;
        return;
      }
      if (!jwtVerifier) return invalid('The bearer token is not an API key, and this server accepts no JWTs.');
      if (!looksLikeJwt(token)) return invalid('The bearer token is neither an API key nor a JWT.');
      // On /graphql the JWT plugin verifies the token as yoga parses the request.
      if (url.pathname === GRAPHQL_PATH) return;
      // Other paths (the export) parse no GraphQL request, so the plugin is asked directly.
      try {
        await jwtVerifier.onRequestParse!({ request, url, serverContext } as never);
      } catch (error) {
        if (error instanceof GraphQLError) return invalid('The JWT is invalid or expired.');
        throw error;
      }
      const role = jwtRole(serverContext as Record<string, unknown>);
      if (!hasRole(role, 'reader'))
        return refuse(403, `Forbidden: ${url.pathname} needs the reader role; the token's "${jwt!.roleClaim}" claim names none.`, 'FORBIDDEN');
    },
    onResponse({ response }) {
      // Yoga's own 401s (the JWT plugin's) carry no challenge; RFC 9110 wants one.
      if (response.status === 401 && !response.headers.has('www-authenticate')) response.headers.set('www-authenticate', `${CHALLENGE}, error="invalid_token"`);
    },
  };

  return {
    plugins: jwtVerifier ? [edge, jwtVerifier as Plugin] : [edge],
    roleOf: (context) => (context as WithKeyRole)[KEY_ROLE] ?? jwtRole(context),
    callerOf: (request, context) => {
      const token = bearerToken(request);
      if (token && isApiKeySecret(token)) return `key:${hashApiKeySecret(token)}`;
      const verified = context[JWT_CONTEXT_FIELD] as { payload?: { sub?: unknown } } | undefined;
      if (!verified?.payload || !token) return null;
      return typeof verified.payload.sub === 'string' ? `jwt:${verified.payload.sub}` : `jwt-token:${hashApiKeySecret(token)}`;
    },
  };
}
