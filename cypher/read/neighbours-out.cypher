// For each source id, its neighbours over one outgoing relationship type, with the
// relationship's properties; newest and then alphabetical first.
UNWIND $ids AS id
MATCH (s:{{from}} {id: id})-[r:{{type}}]->(t:{{to}})
RETURN id, t {.*, labels: labels(t)} AS node, properties(r) AS rel
ORDER BY id, coalesce(t.saidOn, t.startDate, t.publishedAt) DESC, coalesce(t.name, t.headline, t.text), t.id
