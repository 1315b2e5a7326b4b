/**
 * JWTs through @graphql-yoga/plugin-jwt: an HS256 secret and/or a JWKS URL (RS256, ES256)
 * from the configuration, the role from a configurable claim. The plugin verifies signature,
 * expiry and (when set) issuer and audience; an API key is never handed to it.
 */
import { generateKeyPairSync } from 'node:crypto';
import {
  createInlineSigningKeyProvider,
  createRemoteJwksSigningKeyProvider,
  useJWT,
  type GetSigningKeyFunction,
  type JwtPluginOptions,
} from '@graphql-yoga/plugin-jwt';
import type { AuthConfig } from '../config.js';
import { isApiKeySecret } from './api-key-secret.js';
import { bearerToken } from './bearer.js';
import { isRole, ROLES, type Role } from './roles.js';

export type JwtConfig = NonNullable<AuthConfig['jwt']>;

/** Where the plugin puts a verified token in the context. */
export const JWT_CONTEXT_FIELD = 'jwt';

export function jwtPlugin(config: JwtConfig) {
  const secret = config.secret ? createInlineSigningKeyProvider(config.secret) : undefined;
  const jwks = config.jwksUrl ? knownKeysOnly(createRemoteJwksSigningKeyProvider({ jwksUri: config.jwksUrl, cache: true, rateLimit: true, timeout: 5_000 })) : undefined;
  // A token naming a key id is checked against the JWKS; one without, against the secret.
  const signingKey: GetSigningKeyFunction = (kid) => (kid && jwks ? jwks(kid) : (secret ?? jwks)!(kid));
  const algorithms: NonNullable<JwtPluginOptions['tokenVerification']>['algorithms'] = [...(secret ? (['HS256'] as const) : []), ...(jwks ? (['RS256', 'ES256'] as const) : [])];
  return useJWT({
    signingKeyProviders: [signingKey],
    tokenLookupLocations: [
      ({ request }) => {
        const token = request ? bearerToken(request) : null;
        return token && !isApiKeySecret(token) ? { token, prefix: 'Bearer' } : undefined;
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
