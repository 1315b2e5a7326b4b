// The article and its sources: publisher, authors, contributing agencies.
UNWIND $rows AS row
MERGE (a:Article {id: row.id})
SET a.url = row.url,
    a.headline = row.headline,
    a.standfirst = row.standfirst,
    // Unknown (null) never erases a date an earlier ingest of the same text knew.
    a.publishedAt = coalesce(datetime(row.publishedAt), a.publishedAt),
    a.language = row.language,
    a.text = row.text,
    a.textHash = row.textHash
WITH a, row
// No publisher known: no PUBLISHED_BY (there is no placeholder publisher).
CALL (a, row) {
  WITH a, row WHERE row.publisher IS NOT NULL
  MATCH (publisher:Actor {id: row.publisher})
  MERGE (a)-[:PUBLISHED_BY]->(publisher)
}
CALL (a, row) {
  UNWIND row.authors AS id
  MATCH (p:Actor {id: id})
  MERGE (a)-[:WRITTEN_BY]->(p)
}
CALL (a, row) {
  UNWIND row.contributors AS id
  MATCH (o:Actor {id: id})
  MERGE (a)-[:CONTRIBUTED_BY]->(o)
}
