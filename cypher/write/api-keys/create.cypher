// A new API key: only the hash of its secret is stored.
CREATE (k:ApiKey {id: $id, name: $name, role: $role, hash: $hash, createdAt: datetime()})
RETURN k {.id, .name, .role, createdAt: toString(k.createdAt), revokedAt: null} AS key
