// Statements already in the graph (a re-ingest; see graph/dossiers.ts): each relationship the
// dossier lists is MERGEd, then those it no longer lists are removed, so that a re-ingest
// changes nothing and a corrected dossier corrects the graph. A removal only touches what the
// MERGEs did not write, so removing after them leaves the same graph as removing before.
{{>ingest-statements}}
CALL (s, row) {
  MATCH (s)-[old:ATTRIBUTED_TO]->(other) WHERE other.id <> row.speaker
  DELETE old
}
CALL (s, row) {
  MATCH (s)-[r:ABOUT]->(topic) WHERE NOT topic.id IN [t IN row.topics | t.id]
  DELETE r
}
CALL (s, row) {
  MATCH (s)-[r:MENTIONS]->(target) WHERE NOT target.id IN [m IN row.mentions | m.id]
  DELETE r
}
CALL (s, row) {
  MATCH (s)-[r:ASSERTS]->(claim) WHERE NOT claim.id IN [c IN row.claims | c.id]
  DELETE r
}
CALL (s, row) {
  MATCH (s)-[r:MADE_AT]->(e) WHERE e.id <> coalesce(row.event, '')
  DELETE r
}
