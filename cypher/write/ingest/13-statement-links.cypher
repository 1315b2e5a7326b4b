// (Statement)-[:RELAYS]->(Statement) and -[:RESPONDS_TO]->, once every statement exists.
UNWIND $rows AS row
MATCH (s:Statement {id: row.id})
CALL (s, row) {
  MATCH (s)-[r:RELAYS|RESPONDS_TO]->(other)
  WHERE NOT ((type(r) = 'RELAYS' AND other.id IN row.relays) OR (type(r) = 'RESPONDS_TO' AND other.id IN row.respondsTo))
  DELETE r
}
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
