// Anchored on the actor: only the claims they assert are candidates.
MATCH (:Actor {id: $actor})<-[:ATTRIBUTED_TO]-(:Statement)-[:ASSERTS]->(c:Claim)
WITH DISTINCT c
{{>contradicted-claims}}
