// Whether the graph holds names keyed before every key got a folded "~" key (see spellingKey in
// src/dossier/names.ts): an actor, place, topic or event without any. Stops at the first.
MATCH (n) WHERE (n:Actor OR n:Place OR n:Topic OR n:Event) AND size(coalesce(n.nameKeys, [])) > 0
  AND none(k IN n.nameKeys WHERE k STARTS WITH '~')
RETURN n.id AS id
LIMIT 1
