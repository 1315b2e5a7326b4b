// Places: MERGE on id, with their names as for actors.
UNWIND $rows AS row
MERGE (n:Place {id: row.id})
  ON CREATE SET n.name = row.name
{{>ingest-names}}
