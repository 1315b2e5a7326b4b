// Reasons the dossiers can't be written without damaging what is there. Returns one row per
// conflict, with the article of the dossier it comes from. Every MATCH is an index seek
// (actor_id, article_url, article_id): no scans, whatever the size of the graph.
UNWIND $actors AS row
MATCH (n:Actor {id: row.id})
WHERE NOT row.label IN labels(n)
RETURN row.path AS section, row.id AS id, row.article AS article,
       'is already a ' + [l IN labels(n) WHERE l <> 'Actor'][0] + ' in the graph, not a ' + row.label AS message
UNION ALL
UNWIND $articles AS article
MATCH (n:Article {url: article.url})
WHERE n.id <> article.id
RETURN 'article' AS section, article.id AS id, article.id AS article, 'its url is already the article ' + n.id AS message
UNION ALL
UNWIND $articles AS article
MATCH (n:Article {id: article.id})
WHERE n.textHash <> article.textHash AND NOT $replace
RETURN 'article' AS section, article.id AS id, article.id AS article,
       'is already in the graph with a different text; ingest with replace to overwrite it' AS message
