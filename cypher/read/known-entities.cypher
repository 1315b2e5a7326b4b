// Entities a dossier refers to but does not define, by id or by a name/alias key.
// (One UNION part per label: a label lets each id lookup use its uniqueness constraint.)
UNWIND $ids AS id
MATCH (n:Actor {id: id})
RETURN n.id AS id, labels(n) AS labels, n.nameKeys AS keys
UNION
UNWIND $ids AS id
MATCH (n:Place {id: id})
RETURN n.id AS id, labels(n) AS labels, n.nameKeys AS keys
UNION
UNWIND $ids AS id
MATCH (n:Topic {id: id})
RETURN n.id AS id, labels(n) AS labels, n.nameKeys AS keys
UNION
UNWIND $ids AS id
MATCH (n:Event {id: id})
RETURN n.id AS id, labels(n) AS labels, n.nameKeys AS keys
UNION
UNWIND $ids AS id
MATCH (n:Claim {id: id})
RETURN n.id AS id, labels(n) AS labels, n.nameKeys AS keys
UNION
UNWIND $ids AS id
MATCH (n:Statement {id: id})
RETURN n.id AS id, labels(n) AS labels, [] AS keys
UNION
// $phrases: one exact-match query per name key (see graph/names.ts).
UNWIND $phrases AS phrase
CALL db.index.fulltext.queryNodes('name_keys', phrase) YIELD node AS n
RETURN n.id AS id, labels(n) AS labels, n.nameKeys AS keys
