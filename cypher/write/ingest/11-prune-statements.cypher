// The dossier is the whole truth about its article: statements it no longer lists go.
MATCH (s:Statement)-[:REPORTED_IN]->(:Article {id: $article.id})
WHERE NOT s.id IN $statementIds
DETACH DELETE s
