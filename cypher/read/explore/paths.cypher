// The {{limit}} shortest paths between two nodes, up to {{maxHops}} relationships, following
// only $types (null: all), shortest first. Direction is ignored.
MATCH (from:{{fromLabel}} {id: $from}), (to:{{toLabel}} {id: $to})
MATCH p = SHORTEST {{limit}} (from)(()-[r]-() WHERE $types IS NULL OR type(r) IN $types){1,{{maxHops}}}(to)
RETURN length(p) AS length,
       [n IN nodes(p) | {id: n.id, labels: labels(n), caption: coalesce(n.name, n.headline, left(n.text, 120), n.id)}] AS nodes,
       [r IN relationships(p) | {id: elementId(r), type: type(r), source: startNode(r).id, target: endNode(r).id, properties: properties(r)}] AS edges
ORDER BY length
