// Claims that one actor affirms and another denies, with both sides: per side, each actor
// and the ids of their statements. A pair of statements (one affirming, one denying, by two
// different actors) counts when $actor (if set) speaks on either side and either statement is
// about $topic (if set) or a subtopic. Most contested first, at most $limit.
// The including query binds the candidate claims c (all, or anchored on the actor or topic).
// Each side is collected once per claim and paired in lists: matching the two sides in one
// pattern would make |affirmations| x |denials| rows per claim.
WITH c WHERE EXISTS { (c)<-[:ASSERTS {polarity: 'AFFIRMS'}]-() } AND EXISTS { (c)<-[:ASSERTS {polarity: 'DENIES'}]-() }
CALL (c) {
  MATCH (c)<-[:ASSERTS {polarity: 'AFFIRMS'}]-(s:Statement)-[:ATTRIBUTED_TO]->(a:Actor)
  RETURN collect(DISTINCT {actor: a.id, statement: s.id, onTopic: $topic IS NOT NULL AND EXISTS { (s)-[:ABOUT]->(:Topic)-[:SUBTOPIC_OF*0..5]->(:Topic {id: $topic}) }}) AS yes
}
CALL (c) {
  MATCH (c)<-[:ASSERTS {polarity: 'DENIES'}]-(s:Statement)-[:ATTRIBUTED_TO]->(a:Actor)
  RETURN collect(DISTINCT {actor: a.id, statement: s.id, onTopic: $topic IS NOT NULL AND EXISTS { (s)-[:ABOUT]->(:Topic)-[:SUBTOPIC_OF*0..5]->(:Topic {id: $topic}) }}) AS no
}
WITH c,
     [x IN yes WHERE any(y IN no WHERE x.actor <> y.actor AND ($actor IS NULL OR $actor IN [x.actor, y.actor]) AND ($topic IS NULL OR x.onTopic OR y.onTopic))] AS affirmed,
     [y IN no WHERE any(x IN yes WHERE x.actor <> y.actor AND ($actor IS NULL OR $actor IN [x.actor, y.actor]) AND ($topic IS NULL OR x.onTopic OR y.onTopic))] AS denied
WHERE size(affirmed) > 0
WITH c, affirmed, denied
ORDER BY size(affirmed) + size(denied) DESC, c.id
LIMIT $limit
RETURN c {.*, labels: labels(c)} AS claim,
       [x IN affirmed | {actor: x.actor, statement: x.statement}] AS affirmed,
       [y IN denied | {actor: y.actor, statement: y.statement}] AS denied
