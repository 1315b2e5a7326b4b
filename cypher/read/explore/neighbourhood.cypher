// Everything within {{depth}} hops of a node, nearest first (then by id), cut at $limit
// nodes, with the relationships among the nodes kept. Breadth-first, level by level: each node
// is found once, at its distance, and a level is expanded only while the levels before it hold
// no more than $limit nodes to return — around a hub with 100k statements, depth 2 stops at
// depth 1 instead of visiting its whole two-hop frontier.
// $types: relationship types to follow (null: all); $labels: labels of the nodes to return
// (null: all; the search passes through others).
MATCH (centre:{{label}} {id: $id})
CALL (centre) {
  MATCH (centre)-[r]-(n)
  WHERE n <> centre AND ($types IS NULL OR type(r) IN $types)
  RETURN collect(DISTINCT n) AS level1
}
CALL (centre, level1) {
  WITH centre, level1
  WHERE {{depth}} >= 2 AND size([n IN level1 WHERE $labels IS NULL OR any(l IN labels(n) WHERE l IN $labels)]) <= $limit
  UNWIND level1 AS m
  MATCH (m)-[r]-(n)
  WHERE n <> centre AND ($types IS NULL OR type(r) IN $types) AND NOT n IN level1
  RETURN collect(DISTINCT n) AS level2
}
CALL (centre, level1, level2) {
  WITH centre, level1, level2
  WHERE {{depth}} >= 3 AND size([n IN level1 + level2 WHERE $labels IS NULL OR any(l IN labels(n) WHERE l IN $labels)]) <= $limit
  UNWIND level2 AS m
  MATCH (m)-[r]-(n)
  WHERE n <> centre AND ($types IS NULL OR type(r) IN $types) AND NOT n IN level1 AND NOT n IN level2
  RETURN collect(DISTINCT n) AS level3
}
CALL (level1, level2, level3) {
  UNWIND [n IN level1 | {node: n, distance: 1}] + [n IN level2 | {node: n, distance: 2}] + [n IN level3 | {node: n, distance: 3}] AS found
  WITH found.node AS n, found.distance AS distance
  WHERE $labels IS NULL OR any(l IN labels(n) WHERE l IN $labels)
  WITH n, distance
  ORDER BY distance, n.id
  LIMIT $limit + 1
  RETURN collect(n) AS nearest, collect(distance) AS distances
}
WITH [centre] + nearest[..$limit] AS members, [0] + distances[..$limit] AS distances, size(nearest) > $limit AS truncated
CALL (members) {
  UNWIND members AS a
  MATCH (a)-[r]->(b)
  WHERE b IN members AND ($types IS NULL OR type(r) IN $types)
  RETURN collect(r) AS rels
}
// Nodes travel light (id, labels, caption): their full properties are loaded only for the
// fields a client selects (GraphNode.node).
RETURN truncated,
       [i IN range(0, size(members) - 1) | {
         id: members[i].id,
         labels: labels(members[i]),
         caption: coalesce(members[i].name, members[i].headline, left(members[i].text, 120), members[i].id),
         distance: distances[i]
       }] AS nodes,
       [r IN rels | {id: elementId(r), type: type(r), source: startNode(r).id, target: endNode(r).id, properties: properties(r)}] AS edges
