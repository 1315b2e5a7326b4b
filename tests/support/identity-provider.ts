/**
 * A local identity provider for JWT tests: an RSA key whose public half is served as a JWKS on
 * loopback, and RS256 tokens signed with its private half, as a real provider would issue them.
 */
import { generateKeyPairSync, sign } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface IdentityProvider {
  jwksUrl: string;
  /** An RS256 token with exactly these claims; `header` adds to or overrides alg, typ and kid. */
  token(claims: Record<string, unknown>, header?: Record<string, unknown>): string;
  close(): Promise<void>;
}

export async function startIdentityProvider(kid = 'idp-1'): Promise<IdentityProvider> {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const server = createServer((_request, response) => {
    response.setHeader('content-type', 'application/json');
    response.end(JSON.stringify({ keys: [{ ...publicKey.export({ format: 'jwk' }), kid, alg: 'RS256', use: 'sig' }] }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  return {
    jwksUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}/jwks.json`,
    token(claims, header = {}) {
      const unsigned = `${part({ alg: 'RS256', typ: 'JWT', kid, ...header })}.${part(claims)}`;
      return `${unsigned}.${sign('sha256', Buffer.from(unsigned), privateKey).toString('base64url')}`;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
