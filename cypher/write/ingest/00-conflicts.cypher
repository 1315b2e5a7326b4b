// Reasons the dossier can't be written without damaging what is there. Returns one row per conflict.
UNWIND $actors AS row
MATCH (n:Actor {id: row.id})
WHERE NOT row.label IN labels(n)
RETURN 'actors' AS section, row.id AS id,
       'is already a ' + [l IN labels(n) WHERE l <> 'Actor'][0] + ' in the graph, not a ' + row.label AS message
UNION ALL
MATCH (n:Article {url: $article.url})
WHERE n.id <> $article.id
RETURN 'article' AS section, $article.id AS id, 'its url is already the article ' + n.id AS message
UNION ALL
MATCH (n:Article {id: $article.id})
WHERE n.textHash <> $article.textHash AND NOT $replace
RETURN 'article' AS section, $article.id AS id,
       'is already in the graph with a different text; ingest with replace to overwrite it' AS message
