// Statements written before speakerId and reportedAt were kept on them (see schema.cypher)
// get them, a batch at a time; the caller repeats until a batch updates nothing.
MATCH (s:Statement) WHERE s.reportedAt IS NULL
WITH s LIMIT 10000
MATCH (s)-[:ATTRIBUTED_TO]->(speaker:Actor)
MATCH (s)-[:REPORTED_IN]->(article:Article)
SET s.speakerId = speaker.id, s.reportedAt = coalesce(article.publishedAt, datetime('0001-01-01T00:00:00Z'))
RETURN count(*) AS updated
