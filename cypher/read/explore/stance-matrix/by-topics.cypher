// Anchored on the topics given (and their subtopics): only statements about them are read.
UNWIND $topics AS topicId
MATCH (t:Topic {id: topicId})<-[:SUBTOPIC_OF*0..5]-(:Topic)<-[about:ABOUT]-(s:Statement)-[:ATTRIBUTED_TO]->(a:Actor)
{{>stance-matrix-cells}}
