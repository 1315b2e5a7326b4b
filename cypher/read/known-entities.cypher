// Entities a dossier refers to but does not define, by id or by a name/alias key.
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
UNWIND $keys AS key
MATCH (n:Actor) WHERE key IN n.nameKeys
RETURN n.id AS id, labels(n) AS labels, n.nameKeys AS keys
UNION
UNWIND $keys AS key
MATCH (n:Place) WHERE key IN n.nameKeys
RETURN n.id AS id, labels(n) AS labels, n.nameKeys AS keys
UNION
UNWIND $keys AS key
MATCH (n:Topic) WHERE key IN n.nameKeys
RETURN n.id AS id, labels(n) AS labels, n.nameKeys AS keys
UNION
UNWIND $keys AS key
MATCH (n:Event) WHERE key IN n.nameKeys
RETURN n.id AS id, labels(n) AS labels, n.nameKeys AS keys
UNION
UNWIND $keys AS key
MATCH (n:Claim) WHERE key IN n.nameKeys
RETURN n.id AS id, labels(n) AS labels, n.nameKeys AS keys
