// 13-statement-links for statements new in this transaction: nothing old to remove.
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
