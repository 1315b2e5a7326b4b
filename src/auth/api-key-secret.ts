/**
 * API key secrets: 256 random bits behind a recognisable prefix (so that a bearer token is
 * told apart from a JWT, and a leaked key is easy to spot in logs and repositories). Only the
 * SHA-256 of a secret is stored; a high-entropy secret needs no salt or slow hash.
 */
import { createHash, randomBytes } from 'node:crypto';

export const API_KEY_PREFIX = 'cgk_';

export function newApiKeySecret(): string {
  return `${API_KEY_PREFIX}${randomBytes(32).toString('base64url')}`;
}

/** A short public id to list and revoke a key by (never a secret). */
export function newApiKeyId(): string {
  return `apikey:${randomBytes(6).toString('hex')}`;
}

export function isApiKeySecret(token: string): boolean {
  return token.startsWith(API_KEY_PREFIX);
}

export function hashApiKeySecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}
