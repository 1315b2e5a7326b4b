// The role of the live (not revoked) key whose secret hashes to $hash.
MATCH (k:ApiKey {hash: $hash})
WHERE k.revokedAt IS NULL
RETURN k.role AS role
