/**
 * JWTs through @graphql-yoga/plugin-jwt: an HS256 secret and/or a JWKS URL (RS256, ES256)
 * from the configuration, the role from a configurable claim. The plugin verifies signature,
 * expiry and (when set) issuer and audience; an API key is never handed to it. Before that,
 * `tokenPolicyProblem` refuses what the plugin would let through: a token without `exp` (one
 * that would be valid for ever), one that lives longer than the configured maximum, and one
 * with a `crit` header (extensions this server doesn't implement, which RFC 7515 §4.1.11 says
 * to refuse).
 */
import { generateKeyPairSync } from 'node:crypto';
import {
  createInlineSigningKeyProvider,
  createRemoteJwksSigningKeyProvider,
  useJWT,
  type GetSigningKeyFunction,
  type JwtPluginOptions,
} from '@graphql-yoga/plugin-jwt';
import { GraphQLError } from 'graphql';
import type { AuthConfig } from '../config.js';
import { isApiKeySecret } from './api-key-secret.js';
import { bearerToken } from './bearer.js';
import { isRole, ROLES, type Role } from './roles.js';

export type JwtConfig = NonNullable<AuthConfig['jwt']>;

/** Where the plugin puts a verified token in the context. */
export const JWT_CONTEXT_FIELD = 'jwt';

/** What a token must carry besides a good signature. */
export interface TokenPolicy {
  /** Refuse a token without `exp` (default true). */
  requireExp: boolean;
  /** Longest lifetime accepted, in seconds: `exp − iat`, or `exp − now` without `iat` (default a day). */
  maxLifetimeS: number;
}

export const DEFAULT_TOKEN_POLICY: TokenPolicy = { requireExp: true, maxLifetimeS: 86_400 };

/**
 * Why a JWT's header or claims are refused by policy, or null. Only the policy: a token that is
 * not even a JWT passes here and is refused by the plugin's own decoding and verification,
 * which also rejects an `exp` that is in the past. Checked before the signature, since either
 * failure refuses the token.
 */
export function tokenPolicyProblem(token: string, policy: TokenPolicy, nowS = Date.now() / 1000): string | null {
  const [header, payload] = token.split('.').map(decodeJson);
  if (!isObject(header) || !isObject(payload)) return null;
  if ('crit' in header) return 'The JWT has a "crit" header: this server implements no JWS extensions, so it refuses the token.';
  const { exp, iat } = payload;
  if (exp === undefined) return policy.requireExp ? 'The JWT has no expiry ("exp"); this server requires one.' : null;
  if (typeof exp !== 'number' || !Number.isFinite(exp)) return 'The JWT\'s "exp" is not a number of seconds.';
  // From when it was issued; an `iat` in the future counts from now, or it would stretch the token.
  const from = typeof iat === 'number' && Number.isFinite(iat) ? Math.min(iat, nowS) : nowS;
  const lifetime = Math.round(exp - from);
  if (lifetime > policy.maxLifetimeS) {
    return `The JWT is valid for ${lifetime} s (exp − ${typeof iat === 'number' ? 'iat' : 'now'}); this server accepts at most ${policy.maxLifetimeS} s.`;
  }
  return null;
}

function decodeJson(part: string | undefined): unknown {
  try {
    return part ? JSON.parse(Buffer.from(part, 'base64url').toString('utf8')) : undefined;
  } catch {
    return undefined;
  }
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

export function jwtPlugin(config: JwtConfig) {
  const policy: TokenPolicy = {
    requireExp: config.requireExp ?? DEFAULT_TOKEN_POLICY.requireExp,
    maxLifetimeS: config.maxLifetimeS ?? DEFAULT_TOKEN_POLICY.maxLifetimeS,
  };
  const secret = config.secret ? createInlineSigningKeyProvider(config.secret) : undefined;
  const jwks = config.jwksUrl
    ? knownKeysOnly(createRemoteJwksSigningKeyProvider({ jwksUri: config.jwksUrl, cache: true, rateLimit: true, timeout: 5_000 }))
    : undefined;
  // A token naming a key id is checked against the JWKS; one without, against the secret.
  const signingKey: GetSigningKeyFunction = (kid) => (kid && jwks ? jwks(kid) : (secret ?? jwks)!(kid));
  const algorithms: NonNullable<JwtPluginOptions['tokenVerification']>['algorithms'] = [
    ...(secret ? (['HS256'] as const) : []),
    ...(jwks ? (['RS256', 'ES256'] as const) : []),
  ];
  return useJWT({
    signingKeyProviders: [signingKey],
    tokenLookupLocations: [
      ({ request }) => {
        const token = request ? bearerToken(request) : null;
        if (!token || isApiKeySecret(token)) return undefined;
        const problem = tokenPolicyProblem(token, policy);
        // A GraphQLError with status 401: the plugin passes it on as it does its own refusals.
        if (problem) throw new GraphQLError(problem, { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
        return { token, prefix: 'Bearer' };
      },
    ],
    tokenVerification: { algorithms, issuer: config.issuer, audience: config.audience },
    // A request without a JWT may carry an API key; missing credentials are refused before this.
    reject: { missingToken: false, invalidToken: true },
    extendContext: JWT_CONTEXT_FIELD,
  });
}

/**
 * A key id the JWKS doesn't have marks a bad token (401), but the plugin answers 500 when it
 * finds no key: such a token gets a key that verifies nothing instead. Other failures (the
 * identity provider unreachable) stay server errors.
 */
function knownKeysOnly(provider: GetSigningKeyFunction): GetSigningKeyFunction {
  const verifiesNothing = generateKeyPairSync('ec', { namedCurve: 'P-256' }).publicKey.export({ type: 'spki', format: 'pem' }).toString();
  return async (kid) => {
    try {
      return await provider(kid);
    } catch (error) {
      if ((error as Error).name === 'SigningKeyNotFoundError') return verifiesNothing;
      throw error;
    }
  };
}

/** The role a verified token's claim names: a role, or a list of them (the highest counts). */
export function roleFromClaims(payload: unknown, claim: string): Role | null {
  const value = (payload as Record<string, unknown> | null)?.[claim];
  const named = (Array.isArray(value) ? value : [value]).filter(isRole);
  return [...ROLES].reverse().find((role) => named.includes(role)) ?? null;
}
