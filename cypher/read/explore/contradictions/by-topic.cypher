// Anchored on the topic: only claims asserted by a statement about it (or a subtopic) are candidates.
MATCH (:Topic {id: $topic})<-[:SUBTOPIC_OF*0..5]-(:Topic)<-[:ABOUT]-(:Statement)-[:ASSERTS]->(c:Claim)
WITH DISTINCT c
{{>contradicted-claims}}
