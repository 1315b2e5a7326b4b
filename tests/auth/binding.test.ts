/** When the API may run open: auth defaults by binding, and an open non-loopback bind refused. */
import { describe, expect, it } from 'vitest';
import { checkAuthBinding } from '../../src/auth/binding.js';
import { isLoopbackHost } from '../../src/loopback.js';
import { loadConfig } from '../../src/config.js';
import { createLogger } from '../../src/logger.js';

const warnings: string[] = [];
const log = { ...createLogger('silent'), warn: (msg: string) => void warnings.push(msg) };

describe('auth and the address the server binds to', () => {
  it('knows loopback addresses', () => {
    for (const host of ['127.0.0.1', '127.1.2.3', '::1', '[::1]', 'localhost', 'LOCALHOST']) expect(isLoopbackHost(host), host).toBe(true);
    for (const host of ['0.0.0.0', '::', '10.0.0.5', '192.168.1.1', 'example.org', '127.0.0.1.example.org']) expect(isLoopbackHost(host), host).toBe(false);
  });

  it('defaults auth off on loopback and on anywhere else; CLAIMGRAPH_AUTH decides when set', () => {
    expect(loadConfig({}).auth).toEqual({ enabled: false, jwt: undefined });
    expect(loadConfig({ HOST: '0.0.0.0' }).auth.enabled).toBe(true);
    expect(loadConfig({ CLAIMGRAPH_AUTH: 'on' }).auth.enabled).toBe(true);
    expect(loadConfig({ HOST: '0.0.0.0', CLAIMGRAPH_AUTH: 'off' }).auth.enabled).toBe(false);
    expect(() => loadConfig({ CLAIMGRAPH_AUTH: 'yes' })).toThrow(/CLAIMGRAPH_AUTH: must be on or off/);
  });

  it('reads the JWT settings, and refuses a short secret', () => {
    const jwt = loadConfig({ CLAIMGRAPH_JWT_SECRET: 's'.repeat(32), CLAIMGRAPH_JWT_ROLE_CLAIM: 'https://claimgraph/role', CLAIMGRAPH_JWT_ISSUER: 'idp' }).auth
      .jwt;
    expect(jwt).toEqual({
      secret: 's'.repeat(32),
      jwksUrl: undefined,
      roleClaim: 'https://claimgraph/role',
      issuer: 'idp',
      audience: undefined,
      requireExp: true,
      maxLifetimeS: 86_400,
    });
    expect(() => loadConfig({ CLAIMGRAPH_JWT_SECRET: 'short' })).toThrow(/CLAIMGRAPH_JWT_SECRET: must be at least 32 characters/);
    expect(() => loadConfig({ CLAIMGRAPH_JWT_JWKS_URL: 'file:///etc/keys' })).toThrow(/CLAIMGRAPH_JWT_JWKS_URL/);
  });

  it('refuses to serve open on a reachable address, and warns when open on loopback', () => {
    expect(() => checkAuthBinding(loadConfig({ HOST: '0.0.0.0', CLAIMGRAPH_AUTH: 'off' }), log)).toThrow(
      /Refusing to serve without authentication on 0\.0\.0\.0: CLAIMGRAPH_AUTH=off is allowed only on a loopback address/,
    );
    expect(() => checkAuthBinding(loadConfig({ HOST: '0.0.0.0' }), log)).not.toThrow();
    expect(warnings).toEqual([]);
    checkAuthBinding(loadConfig({}), log);
    expect(warnings).toEqual([expect.stringMatching(/authentication is off/)]);
  });
});
