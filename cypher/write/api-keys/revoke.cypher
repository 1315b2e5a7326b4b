// Revokes a key (kept, marked, so that the list shows when); revoking twice keeps the first date.
MATCH (k:ApiKey {id: $id})
SET k.revokedAt = coalesce(k.revokedAt, datetime())
RETURN k {.id, .name, .role, createdAt: toString(k.createdAt), revokedAt: toString(k.revokedAt)} AS key
