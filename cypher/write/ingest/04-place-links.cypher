// (Place)-[:PART_OF]->(Place), (Country)-[:CLAIMS]->(Place), (Country)-[:CONTROLS]->(Place)
UNWIND $rows AS row
MATCH (to:Place {id: row.to})
OPTIONAL MATCH (fromPlace:Place {id: row.from})
OPTIONAL MATCH (fromActor:Actor {id: row.from})
WITH row, to, coalesce(fromPlace, fromActor) AS from
FOREACH (_ IN CASE row.type WHEN 'PART_OF' THEN [1] ELSE [] END | MERGE (from)-[:PART_OF]->(to))
FOREACH (_ IN CASE row.type WHEN 'CLAIMS' THEN [1] ELSE [] END | MERGE (from)-[:CLAIMS]->(to))
FOREACH (_ IN CASE row.type WHEN 'CONTROLS' THEN [1] ELSE [] END | MERGE (from)-[:CONTROLS]->(to))
