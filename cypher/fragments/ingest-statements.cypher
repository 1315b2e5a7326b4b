// Statements with their speaker, provenance, topics, mentions, claims and event: every node and
// relationship the dossier lists, MERGEd (so that a re-ingest changes nothing). The including
// query (write/ingest/12-statements, 12-statements-new) may go on to remove what it no longer lists.
UNWIND $rows AS row
MATCH (article:Article {id: row.article})
MATCH (speaker:Actor {id: row.speaker})
MERGE (s:Statement {id: row.id})
SET s.text = row.text,
    s.kind = row.kind,
    // No date of its own and an undated dossier: the article's date as stored (an earlier
    // ingest of the same text may have known it), else unknown (null).
    s.saidOn = coalesce(date(row.saidOn), date(article.publishedAt)),
    s.datePrecision = CASE WHEN row.saidOn IS NULL AND article.publishedAt IS NOT NULL THEN 'DAY' ELSE row.datePrecision END,
    s.interpreted = row.interpreted,
    s.confidence = toFloat(row.confidence),
    // Copies that let an index order a speaker's statements by their article's date.
    s.speakerId = row.speaker,
    // An undated article's statements sort last (UNDATED_REPORTED_AT in src/graph/plan-rows.ts).
    s.reportedAt = coalesce(article.publishedAt, datetime('0001-01-01T00:00:00Z'))
MERGE (s)-[rep:REPORTED_IN]->(article)
SET rep.start = toInteger(row.start), rep.end = toInteger(row.end), rep.paragraph = toInteger(row.paragraph)
// Provenance of the attribution (extracted dossiers): the cue that decided the speaker.
MERGE (s)-[attribution:ATTRIBUTED_TO]->(speaker)
SET attribution.cue = row.cue, attribution.start = toInteger(row.cueStart), attribution.end = toInteger(row.cueEnd)
WITH s, row
CALL (s, row) {
  UNWIND row.topics AS t
  MATCH (topic:Topic {id: t.id})
  MERGE (s)-[r:ABOUT]->(topic)
  SET r.stance = t.stance
}
CALL (s, row) {
  UNWIND row.mentions AS m
  OPTIONAL MATCH (actor:Actor {id: m.id})
  OPTIONAL MATCH (place:Place {id: m.id})
  // The id's prefix says which: an older graph may hold an actor under a place's id.
  WITH s, m, CASE WHEN m.id STARTS WITH 'place:' THEN coalesce(place, actor) ELSE coalesce(actor, place) END AS target
  MERGE (s)-[r:MENTIONS]->(target)
  SET r.role = m.role, r.start = toInteger(m.start), r.end = toInteger(m.end)
}
CALL (s, row) {
  UNWIND row.claims AS c
  MATCH (claim:Claim {id: c.id})
  MERGE (s)-[r:ASSERTS]->(claim)
  SET r.polarity = c.polarity
}
CALL (s, row) {
  WITH s, row WHERE row.event IS NOT NULL
  MATCH (e:Event {id: row.event})
  MERGE (s)-[:MADE_AT]->(e)
}
