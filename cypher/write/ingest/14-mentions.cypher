// Mentions: names found in the article's text that are not (yet) actors, each with its span,
// (Mention)-[:FOUND_IN]->(Article), and (Mention)-[:REFERS_TO]->(Actor) when the plan found
// exactly one actor of that name. The dossier is the whole truth about its article: mentions it
// no longer lists go, and a kept mention's link follows what the plan found now.
// (One row per article: {id, mentions}.)
UNWIND $rows AS row
MATCH (a:Article {id: row.id})
CALL (a, row) {
  MATCH (old:Mention)-[:FOUND_IN]->(a)
  WHERE NOT old.id IN [m IN row.mentions | m.id]
  DETACH DELETE old
}
CALL (a, row) {
  UNWIND row.mentions AS m
  MERGE (n:Mention {id: m.id})
  SET n.text = m.text,
      n.guess = m.guess,
      n.reason = m.reason,
      n.start = m.start,
      n.end = m.end,
      n.nameKeys = m.nameKeys
  MERGE (n)-[:FOUND_IN]->(a)
  WITH n, m
  CALL (n, m) {
    MATCH (n)-[stale:REFERS_TO]->(other)
    WHERE other.id <> coalesce(m.actor, '')
    DELETE stale
  }
  CALL (n, m) {
    MATCH (actor:Actor {id: m.actor})
    MERGE (n)-[:REFERS_TO]->(actor)
  }
}
