// Anchored on the actors given: only their statements are read ($topics null: any topic).
UNWIND $actors AS actorId
MATCH (a:Actor {id: actorId})<-[:ATTRIBUTED_TO]-(s:Statement)-[about:ABOUT]->(:Topic)-[:SUBTOPIC_OF*0..5]->(t:Topic)
WHERE $topics IS NULL OR t.id IN $topics
{{>stance-matrix-cells}}
