// Everything within {{depth}} hops of a node, nearest first, cut at $limit nodes, with the
// relationships among the nodes kept. Breadth-first, level by level: each node is found once,
// at its distance. A level is read only as far as the limit needs (the database's first
// $limit + 1 nodes of it, streamed), and a deeper level only while the nearer ones left room:
// around a hub with 100k statements, depth 2 reads ~200 relationships, not the two-hop frontier.
// Where a level is cut, which of its nodes are kept is the database's first reached; the kept
// nodes are listed nearest first, then by id.
// $types: relationship types to follow (null: all); $labels: labels of the nodes to return
// (null: all; the search passes through others).
// It reads at most three levels: {{depth}} is 1..3, EXPLORE_BOUNDS.neighbourhood.maxDepth in
// src/graph/explore.ts, which refuses a deeper request rather than answer it with three.
MATCH (centre:{{label}} {id: $id})
CALL (centre) {
  MATCH (centre)-[r]-(n)
  WHERE n <> centre AND ($types IS NULL OR type(r) IN $types) AND ($labels IS NULL OR any(l IN labels(n) WHERE l IN $labels))
  WITH DISTINCT n LIMIT $limit + 1
  RETURN collect(n) AS shown1
}
// The whole first level, only when a deeper level is to be read.
CALL (centre, shown1) {
  WITH centre, shown1 WHERE {{depth}} >= 2 AND size(shown1) <= $limit
  MATCH (centre)-[r]-(m)
  WHERE m <> centre AND ($types IS NULL OR type(r) IN $types)
  RETURN collect(DISTINCT m) AS level1
}
CALL (centre, level1) {
  UNWIND level1 AS m
  MATCH (m)-[r]-(n)
  WHERE n <> centre AND ($types IS NULL OR type(r) IN $types) AND ($labels IS NULL OR any(l IN labels(n) WHERE l IN $labels))
    AND NOT EXISTS { (centre)-[r1]-(n) WHERE $types IS NULL OR type(r1) IN $types }
  WITH DISTINCT n LIMIT $limit + 1
  RETURN collect(n) AS shown2
}
// The whole second level, only for depth 3 while the nearer levels left room.
CALL (centre, level1, shown1, shown2) {
  WITH centre, level1 WHERE {{depth}} >= 3 AND size(shown1) + size(shown2) <= $limit
  UNWIND level1 AS m
  MATCH (m)-[r]-(n)
  WHERE n <> centre AND ($types IS NULL OR type(r) IN $types) AND NOT n IN level1
  RETURN collect(DISTINCT n) AS level2
}
CALL (centre, level1, level2) {
  UNWIND level2 AS m
  MATCH (m)-[r]-(n)
  WHERE n <> centre AND ($types IS NULL OR type(r) IN $types) AND ($labels IS NULL OR any(l IN labels(n) WHERE l IN $labels))
    AND NOT n IN level1 AND NOT n IN level2
  WITH DISTINCT n LIMIT $limit + 1
  RETURN collect(n) AS shown3
}
CALL (shown1, shown2, shown3) {
  UNWIND [n IN shown1 | {node: n, distance: 1}] + [n IN shown2 | {node: n, distance: 2}] + [n IN shown3 | {node: n, distance: 3}] AS found
  WITH found.node AS n, found.distance AS distance
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
