// Links of statements already in the graph: MERGEd, then the ones the dossier no longer lists
// removed (a removal only touches what the MERGEs did not write).
{{>ingest-statement-links}}
CALL (s, row) {
  MATCH (s)-[r:RELAYS|RESPONDS_TO]->(other)
  WHERE NOT ((type(r) = 'RELAYS' AND other.id IN row.relays) OR (type(r) = 'RESPONDS_TO' AND other.id IN row.respondsTo))
  DELETE r
}
