// The article and its sources: publisher, authors, contributing agencies.
UNWIND $rows AS row
MERGE (a:Article {id: row.id})
SET a.url = row.url,
    a.headline = row.headline,
    a.standfirst = row.standfirst,
    a.publishedAt = datetime(row.publishedAt),
    a.language = row.language,
    a.text = row.text,
    a.textHash = row.textHash
WITH a, row
MATCH (publisher:Actor {id: row.publisher})
MERGE (a)-[:PUBLISHED_BY]->(publisher)
WITH a, row
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
