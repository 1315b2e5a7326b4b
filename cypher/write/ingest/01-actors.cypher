// Actors: MERGE on id; a new spelling of a known actor's name becomes an alias.
UNWIND $rows AS row
MERGE (n:Actor {id: row.id})
  ON CREATE SET n.name = row.name
{{>ingest-names}}
FOREACH (_ IN CASE row.label WHEN 'Person' THEN [1] ELSE [] END | SET n:Person)
FOREACH (_ IN CASE row.label WHEN 'Country' THEN [1] ELSE [] END | SET n:Country)
FOREACH (_ IN CASE row.label WHEN 'Organization' THEN [1] ELSE [] END | SET n:Organization)
