// Anchored on the topic: only statements about it or a subtopic are candidates.
MATCH (:Topic {id: $topic})<-[:SUBTOPIC_OF*0..5]-(:Topic)<-[:ABOUT]-(candidate:Statement)
WITH DISTINCT candidate AS s
{{>timeline-undated-count}}
