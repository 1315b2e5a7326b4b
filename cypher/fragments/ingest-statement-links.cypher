// (Statement)-[:RELAYS]->(Statement) and -[:RESPONDS_TO]->, once every statement exists: the
// links the dossier lists, MERGEd. The including query (write/ingest/13-statement-links,
// 13-statement-links-new) may go on to remove the ones it no longer lists.
UNWIND $rows AS row
MATCH (s:Statement {id: row.id})
CALL (s, row) {
  UNWIND row.relays AS id
  MATCH (other:Statement {id: id})
  MERGE (s)-[:RELAYS]->(other)
}
CALL (s, row) {
  UNWIND row.respondsTo AS id
  MATCH (other:Statement {id: id})
  MERGE (s)-[:RESPONDS_TO]->(other)
}
