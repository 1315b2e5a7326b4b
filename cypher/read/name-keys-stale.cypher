// Whether the graph holds names keyed before every key got a folded "~" key (see spellingKey in
// src/dossier/names.ts): an actor, place, topic or event without any. One label scan each (not
// claims, the many), stopping at the first; a current graph reads every one of these nodes once.
CALL () {
  MATCH (n:Actor) WHERE size(coalesce(n.nameKeys, [])) > 0 AND none(k IN n.nameKeys WHERE k STARTS WITH '~') RETURN n.id AS id LIMIT 1
  UNION
  MATCH (n:Place) WHERE size(coalesce(n.nameKeys, [])) > 0 AND none(k IN n.nameKeys WHERE k STARTS WITH '~') RETURN n.id AS id LIMIT 1
  UNION
  MATCH (n:Topic) WHERE size(coalesce(n.nameKeys, [])) > 0 AND none(k IN n.nameKeys WHERE k STARTS WITH '~') RETURN n.id AS id LIMIT 1
  UNION
  MATCH (n:Event) WHERE size(coalesce(n.nameKeys, [])) > 0 AND none(k IN n.nameKeys WHERE k STARTS WITH '~') RETURN n.id AS id LIMIT 1
}
RETURN id
LIMIT 1
