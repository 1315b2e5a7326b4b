// Everything within {{depth}} hops of a node, nearest first, cut at $limit nodes, with the
// relationships among the nodes kept. ANY SHORTEST makes the expansion a breadth-first search
// that reaches each node once (by one of its shortest paths), not once per path.
// $types: relationship types to follow (null: all); $labels: labels of the nodes to return
// (null: all; paths may pass through others).
MATCH (centre:{{label}} {id: $id})
OPTIONAL MATCH p = ANY SHORTEST (centre)(()-[r]-() WHERE $types IS NULL OR type(r) IN $types){1,{{depth}}}(n)
WHERE n <> centre AND ($labels IS NULL OR any(l IN labels(n) WHERE l IN $labels))
WITH centre, n, length(p) AS distance
ORDER BY distance, n.id
WITH centre, collect(n) AS found, collect(distance) AS distances
WITH [centre] + found[..$limit] AS members, [0] + distances[..$limit] AS distances, size(found) > $limit AS truncated
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
