// Indexes not yet online, least populated first (waitForIndexes polls this after a bulk import).
SHOW INDEXES YIELD name, state, populationPercent
WHERE state <> 'ONLINE'
RETURN name, state, populationPercent AS percent
ORDER BY percent
