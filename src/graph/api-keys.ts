/**
 * API keys in the graph, as `:ApiKey {id, name, role, hash, createdAt, revokedAt}` nodes. The
 * label is outside the model's vocabulary, so no read of the API can reach them. Secrets are
 * made and hashed in src/auth/api-key-secret.ts; this module never sees one it didn't return.
 */
import { hashApiKeySecret, newApiKeyId, newApiKeySecret } from '../auth/api-key-secret.js';
import { isRole, type Role } from '../auth/roles.js';
import { cypher } from './cypher.js';
import type { Graph } from './graph.js';

export interface ApiKeyInfo {
  id: string;
  name: string;
  role: Role;
  createdAt: string;
  revokedAt: string | null;
}

/** Creates a key; the secret is returned this once and stored only as its hash. */
export async function createApiKey(graph: Graph, role: Role, name: string): Promise<{ key: ApiKeyInfo; secret: string }> {
  const secret = newApiKeySecret();
  const [row] = await graph.write<{ key: ApiKeyInfo }>(cypher('write/api-keys/create'), { id: newApiKeyId(), name, role, hash: hashApiKeySecret(secret) });
  return { key: row!.key, secret };
}

/** Revokes a key by id; null when there is no such key. */
export async function revokeApiKey(graph: Graph, id: string): Promise<ApiKeyInfo | null> {
  const [row] = await graph.write<{ key: ApiKeyInfo }>(cypher('write/api-keys/revoke'), { id });
  return row?.key ?? null;
}

export async function listApiKeys(graph: Graph): Promise<ApiKeyInfo[]> {
  return (await graph.read<{ key: ApiKeyInfo }>(cypher('read/api-keys/list'))).map((r) => r.key);
}

/** The role a presented secret grants, or null for an unknown or revoked key. */
export async function roleOfApiKey(graph: Graph, secret: string): Promise<Role | null> {
  const rows = await graph.read<{ role: string }>(cypher('read/api-keys/role-by-hash'), { hash: hashApiKeySecret(secret) });
  const role = rows[0]?.role;
  return isRole(role) ? role : null;
}
