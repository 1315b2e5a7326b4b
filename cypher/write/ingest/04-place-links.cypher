// (Place)-[:PART_OF]->(Place), (Country)-[:CLAIMS]->(Place), (Country)-[:CONTROLS]->(Place)
UNWIND $rows AS row
MATCH (to:Place {id: row.to})
OPTIONAL MATCH (fromPlace:Place {id: row.from})
OPTIONAL MATCH (fromActor:Actor {id: row.from})
// PART_OF starts at a place, CLAIMS and CONTROLS at a country (an id could name both in an older graph).
WITH row, to, CASE row.type WHEN 'PART_OF' THEN coalesce(fromPlace, fromActor) ELSE coalesce(fromActor, fromPlace) END AS from
FOREACH (_ IN CASE row.type WHEN 'PART_OF' THEN [1] ELSE [] END | MERGE (from)-[:PART_OF]->(to))
FOREACH (_ IN CASE row.type WHEN 'CLAIMS' THEN [1] ELSE [] END | MERGE (from)-[:CLAIMS]->(to))
FOREACH (_ IN CASE row.type WHEN 'CONTROLS' THEN [1] ELSE [] END | MERGE (from)-[:CONTROLS]->(to))
