// Mentions written before their actor existed, linked now that it does, so that the graph does
// not depend on the order articles came in: an unlinked mention whose name is one of this
// actor's exact name keys, and names no other actor, refers to it (the rule 14-mentions
// applies to an article's own mentions). Index lookups only: `mention_keys` and `name_keys`.
// (One row per actor of the dossier: {id, phrases}, each phrase an exact key as a quoted term.)
UNWIND $rows AS row
MATCH (actor:Actor {id: row.id})
UNWIND row.phrases AS phrase
CALL db.index.fulltext.queryNodes('mention_keys', phrase) YIELD node AS m
WITH actor, phrase, m
WHERE NOT (m)-[:REFERS_TO]->()
CALL (phrase) {
  CALL db.index.fulltext.queryNodes('name_keys', phrase) YIELD node
  WITH node WHERE node:Actor
  RETURN count(DISTINCT node) AS named
}
WITH actor, m WHERE named = 1
MERGE (m)-[:REFERS_TO]->(actor)
