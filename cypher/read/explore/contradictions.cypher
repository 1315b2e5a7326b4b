// Claims that one actor affirms and another denies, with both sides: per side, each actor
// and the ids of their statements. $topic: either side's statements are about it (or a
// subtopic); $actor: takes part on either side. Most contested first, at most $limit.
MATCH (c:Claim)<-[:ASSERTS {polarity: 'AFFIRMS'}]-(yes:Statement)-[:ATTRIBUTED_TO]->(affirmer:Actor),
      (c)<-[:ASSERTS {polarity: 'DENIES'}]-(no:Statement)-[:ATTRIBUTED_TO]->(denier:Actor)
WHERE affirmer <> denier
  AND ($actor IS NULL OR $actor IN [affirmer.id, denier.id])
  AND ($topic IS NULL
       OR EXISTS { (yes)-[:ABOUT]->(:Topic)-[:SUBTOPIC_OF*0..5]->(:Topic {id: $topic}) }
       OR EXISTS { (no)-[:ABOUT]->(:Topic)-[:SUBTOPIC_OF*0..5]->(:Topic {id: $topic}) })
WITH c, collect(DISTINCT [affirmer.id, yes.id]) AS affirmed, collect(DISTINCT [denier.id, no.id]) AS denied
ORDER BY size(affirmed) + size(denied) DESC, c.id
LIMIT $limit
RETURN c {.*, labels: labels(c)} AS claim,
       [pair IN affirmed | {actor: pair[0], statement: pair[1]}] AS affirmed,
       [pair IN denied | {actor: pair[0], statement: pair[1]}] AS denied
