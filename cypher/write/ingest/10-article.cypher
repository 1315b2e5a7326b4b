// The article and its sources: publisher, authors, contributing agencies.
UNWIND $rows AS row
MERGE (a:Article {id: row.id})
// The first http(s) address stays `url` (a synthetic urn:sha256 name gives way to one); every
// address the same text came from is in `urls`.
SET a.url = CASE WHEN a.url IS NULL OR (a.url STARTS WITH 'urn:' AND NOT row.url STARTS WITH 'urn:') THEN row.url ELSE a.url END,
    a.urls = CASE
      WHEN row.url STARTS WITH 'urn:' OR row.url IN coalesce(a.urls, []) THEN a.urls
      ELSE coalesce(a.urls, []) + row.url
    END,
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
