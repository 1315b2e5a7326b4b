// One page of the name keys of the nodes of one label, in id order after $after.
MATCH (n:{{label}}) WHERE n.id > $after AND n.nameKeys IS NOT NULL
RETURN n.id AS id, n.nameKeys AS keys
ORDER BY n.id
LIMIT $limit
