// (Event)-[:INVOLVES {role}]->(Actor)
UNWIND $rows AS row
MATCH (e:Event {id: row.event})
MATCH (a:Actor {id: row.actor})
MERGE (e)-[r:INVOLVES]->(a)
SET r.role = row.role
