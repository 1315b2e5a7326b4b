// Nodes that hold an id with another type's prefix (`place:x` on a Person). Dossiers can't make
// them (an id must carry its type's prefix), but an older graph may hold some, and a MERGE on
// one label would put a second node beside such a one, or link to it as if it were the other
// type. $prefixes is every type's prefix ('person:', 'place:', …). Each MATCH is a prefix seek
// on an id constraint's index: on a graph without such nodes this finds nothing and costs the
// same whatever its size, so it runs in every ingest transaction.
UNWIND $prefixes AS prefix
WITH prefix WHERE NOT prefix IN ['person:', 'country:', 'org:']
MATCH (n:Actor) WHERE n.id STARTS WITH prefix
RETURN n.id AS id, labels(n) AS labels
UNION ALL
UNWIND $prefixes AS prefix
WITH prefix WHERE prefix <> 'place:'
MATCH (n:Place) WHERE n.id STARTS WITH prefix
RETURN n.id AS id, labels(n) AS labels
UNION ALL
UNWIND $prefixes AS prefix
WITH prefix WHERE prefix <> 'topic:'
MATCH (n:Topic) WHERE n.id STARTS WITH prefix
RETURN n.id AS id, labels(n) AS labels
UNION ALL
UNWIND $prefixes AS prefix
WITH prefix WHERE prefix <> 'event:'
MATCH (n:Event) WHERE n.id STARTS WITH prefix
RETURN n.id AS id, labels(n) AS labels
UNION ALL
UNWIND $prefixes AS prefix
WITH prefix WHERE prefix <> 'claim:'
MATCH (n:Claim) WHERE n.id STARTS WITH prefix
RETURN n.id AS id, labels(n) AS labels
UNION ALL
UNWIND $prefixes AS prefix
WITH prefix WHERE prefix <> 'article:'
MATCH (n:Article) WHERE n.id STARTS WITH prefix
RETURN n.id AS id, labels(n) AS labels
UNION ALL
UNWIND $prefixes AS prefix
WITH prefix WHERE prefix <> 'statement:'
MATCH (n:Statement) WHERE n.id STARTS WITH prefix
RETURN n.id AS id, labels(n) AS labels
UNION ALL
UNWIND $prefixes AS prefix
WITH prefix WHERE prefix <> 'mention:'
MATCH (n:Mention) WHERE n.id STARTS WITH prefix
RETURN n.id AS id, labels(n) AS labels
