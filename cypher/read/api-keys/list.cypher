// Every API key, oldest first, without its hash.
MATCH (k:ApiKey)
RETURN k {.id, .name, .role, createdAt: toString(k.createdAt), revokedAt: toString(k.revokedAt)} AS key
ORDER BY k.createdAt, k.id
