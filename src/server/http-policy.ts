/**
 * How the API meets browsers and strangers (HttpPolicy in src/config.ts): CORS for the allowed
 * origins only, CSRF prevention (a request a browser would send without a preflight must carry
 * a header a form cannot set), and introspection off for production — with "Did you mean …?"
 * suggestions removed too, since they would spell out the schema one guess at a time.
 */
import { useCSRFPrevention } from '@graphql-yoga/plugin-csrf-prevention';
import { useDisableIntrospection } from '@graphql-yoga/plugin-disable-introspection';
import { GraphQLError } from 'graphql';
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

export function httpPolicyPlugins(policy: HttpPolicy): Plugin[] {
  const plugins: Plugin[] = [useCSRFPrevention({ requestHeaders: [CSRF_HEADER] }) as Plugin];
  if (!policy.introspection) plugins.push(useDisableIntrospection() as Plugin, withoutSuggestions());
  return plugins;
}

/** Validation errors without their "Did you mean …?" hints. */
function withoutSuggestions(): Plugin {
  return {
    onValidate() {
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
