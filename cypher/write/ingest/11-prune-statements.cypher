// The dossier is the whole truth about its article: statements it no longer lists go.
// (One row per article: {id, statementIds}.)
UNWIND $rows AS row
MATCH (s:Statement)-[:REPORTED_IN]->(:Article {id: row.id})
WHERE NOT s.id IN row.statementIds
DETACH DELETE s
