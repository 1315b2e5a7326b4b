/**
 * How the API meets browsers and strangers (HttpPolicy in src/config.ts): CORS for the allowed
 * origins only, CSRF prevention (a request a browser would send without a preflight must carry
 * a header a form cannot set), and introspection off for production — with "Did you mean …?"
 * suggestions removed too, since they would spell out the schema one guess at a time. With auth
 * on, a caller without a role (a valid JWT that grants none) gets neither, whatever
 * CLAIMGRAPH_INTROSPECTION says: the schema is shown only to those who may use it.
 */
import { useCSRFPrevention } from '@graphql-yoga/plugin-csrf-prevention';
import { GraphQLError, NoSchemaIntrospectionCustomRule } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { HttpPolicy } from '../config.js';

/** The header a GET (or a form-encoded POST) to /graphql must carry; any value will do. */
export const CSRF_HEADER = 'x-graphql-yoga-csrf';

/** Headers a cross-origin caller may send: JSON bodies, credentials (part of auth) and the CSRF header. */
const CORS_REQUEST_HEADERS = ['content-type', 'authorization', CSRF_HEADER];

/** yoga's `cors` option: CORS headers for an allowed origin, none for any other (the browser then refuses). */
export function corsFor(policy: HttpPolicy) {
  const anyOrigin = policy.corsOrigins.includes('*');
  return (request: Request) => {
    const origin = request.headers.get('origin');
    if (origin === null || !(anyOrigin || policy.corsOrigins.includes(origin))) return false as const;
    // Credentials are headers (Authorization), never cookies: no Allow-Credentials.
    return { origin: [origin], methods: ['GET', 'POST'], allowedHeaders: CORS_REQUEST_HEADERS, credentials: false, maxAge: 600 };
  };
}

/** What a plugin knows of the caller at validation: the request and the verified credentials. */
type CallerContext = Record<string, unknown> & { request: Request };

/**
 * `hasCredentials`: whether the request's caller has a role (with auth off, everyone has: admin).
 */
export function httpPolicyPlugins(policy: HttpPolicy, hasCredentials: (context: CallerContext) => boolean = () => true): Plugin[] {
  return [useCSRFPrevention({ requestHeaders: [CSRF_HEADER] }) as Plugin, schemaVisibility(policy, hasCredentials)];
}

/** Introspection refused, and validation errors without their "Did you mean …?" hints, for whoever may not see the schema. */
function schemaVisibility(policy: HttpPolicy, hasCredentials: (context: CallerContext) => boolean): Plugin {
  return {
    onValidate({ context, addValidationRule }) {
      if (policy.introspection && hasCredentials(context as CallerContext)) return;
      addValidationRule(NoSchemaIntrospectionCustomRule);
      return ({ result, setResult }) => {
        if (!result.some((error) => SUGGESTION.test(error.message))) return;
        setResult(
          result.map((error) =>
            SUGGESTION.test(error.message)
              ? new GraphQLError(error.message.replace(SUGGESTION, ''), { nodes: error.nodes, extensions: error.extensions })
              : error,
          ),
        );
      };
    },
  };
}

const SUGGESTION = / ?Did you mean .*\?$/s;
