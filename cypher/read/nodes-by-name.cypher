// Nodes of one label whose name or an alias has the key $key, own names first.
// $phrase is $key as an exact-match query on the keyword-analysed name_keys index.
// $key is an exact key or a folded one ("~…"); a name's own folded key is the first "~" key.
CALL db.index.fulltext.queryNodes('name_keys', $phrase) YIELD node AS n
WITH n WHERE n:{{label}} AND $key IN n.nameKeys
RETURN n {.*, labels: labels(n)} AS node
ORDER BY (n.nameKeys[0] = $key OR [k IN n.nameKeys WHERE k STARTS WITH '~'][0] = $key) DESC, n.name, n.id
LIMIT $limit
