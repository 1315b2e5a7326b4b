// Anchored on the speaker: only their statements are candidates.
MATCH (:Actor {id: $actor})<-[:ATTRIBUTED_TO]-(s:Statement)
{{>timeline-undated-count}}
