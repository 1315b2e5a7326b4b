// The actor network: actors joined by weighted edges, one edge per kind of link and pair.
//   MENTIONS   a→b  a's statement MENTIONS b {role: 'SUBJECT'}               weight: statements
//   ADDRESSES  a→b  a's statement MENTIONS b {role: 'TARGET'} or RESPONDS_TO  weight: statements
//                   a statement of b (a statement doing both counts once)
//   SAME_TOPIC a–b  both have statements ABOUT the same topic                weight: shared topics
//   SAME_EVENT a–b  both have statements MADE_AT the same event, or it       weight: shared events
//                   INVOLVES them
// Undirected edges come once per pair, source.id < target.id. `via`: up to 5 statement, topic or
// event ids that justify the edge (the smallest ids).
//
// Scope: statements with $from <= saidOn <= $to (ISO dates or null) and, when $topic is given,
// ABOUT that topic or a subtopic (up to 5 levels down); with a topic only those topics count for
// SAME_TOPIC. An event counts when a statement in scope was made at it, or always when there is
// no filter at all. A response counts for the scoped statement that responds.
//
// A topic or event with k actors makes k(k-1)/2 pairs: only its $maxGroup most active speakers
// (most statements there, then id), plus those an event INVOLVES, are paired. Edges with
// weight >= $minWeight, strongest first (then by id), at most $limit of them; `truncated` when
// the limit or the group cap left something out. Nodes: the actors of the kept edges.
// `topicFound` is false when $topic names no topic.
//
// Cost: linear in the statements in scope and their relationships, plus at most
// ($maxGroup + involved)^2 / 2 pair rows per topic or event in scope; all distinct edges are
// aggregated before the top-$limit cut. The transaction timeout and memory limit bound the rest.
//
// The list of groups stays in this pipeline: imported into a CALL, Neo4j counted it against the
// transaction memory once per row inside (a month of a 20k-statement graph hit 700 MiB). Only
// `kept`, at most $limit edges, is imported, into the last CALL.
OPTIONAL MATCH (root:Topic {id: $topic})
WITH $topic IS NULL OR root IS NOT NULL AS topicFound
OPTIONAL CALL () {
  // Facts: (type, actor a, other actor b, via). Directed links have b; memberships (a spoke on
  // topic/at event `via`) have b = null.
  CALL () {
    CALL () {
      // The statements in scope: from the topic's subtree when there is one, else by date.
      MATCH (:Topic {id: $topic})<-[:SUBTOPIC_OF*0..5]-(:Topic)<-[:ABOUT]-(s:Statement)
      WHERE ($from IS NULL OR s.saidOn >= date($from)) AND ($to IS NULL OR s.saidOn <= date($to))
      RETURN DISTINCT s
      UNION ALL
      // Null lower bound when there is a topic: the planner ran this seek even behind a
      // `WHERE $topic IS NULL` guard; this way it finds nothing.
      MATCH (s:Statement)
      WHERE s.saidOn >= CASE WHEN $topic IS NULL THEN coalesce(date($from), date('0001-01-01')) END
        AND s.saidOn <= coalesce(date($to), date('9999-12-31'))
      RETURN s
    }
    MATCH (s)-[:ATTRIBUTED_TO]->(a:Actor)
    CALL (s, a) {
      MATCH (s)-[m:MENTIONS]->(b:Actor)
      WHERE b <> a AND m.role IN ['SUBJECT', 'TARGET']
      RETURN CASE m.role WHEN 'SUBJECT' THEN 'MENTIONS' ELSE 'ADDRESSES' END AS type, b, s.id AS via
      UNION
      MATCH (s)-[:RESPONDS_TO]->(:Statement)-[:ATTRIBUTED_TO]->(b:Actor)
      WHERE b <> a
      RETURN 'ADDRESSES' AS type, b, s.id AS via
      UNION
      MATCH (s)-[:ABOUT]->(t:Topic)
      WHERE $topic IS NULL OR EXISTS { (t)-[:SUBTOPIC_OF*0..5]->(:Topic {id: $topic}) }
      RETURN 'SAME_TOPIC' AS type, null AS b, t.id AS via
      UNION
      MATCH (s)-[:MADE_AT]->(e:Event)
      RETURN 'SAME_EVENT' AS type, null AS b, e.id AS via
    }
    RETURN type, a, b, via
    UNION ALL
    // With no filter at all, every event links those it INVOLVES. (A null prefix for the same
    // reason as above: a guard let the planner scan all events first.)
    MATCH (e:Event)-[:INVOLVES]->(a:Actor)
    WHERE e.id STARTS WITH CASE WHEN $topic IS NULL AND $from IS NULL AND $to IS NULL THEN 'event:' END
    RETURN 'SAME_EVENT' AS type, a, null AS b, e.id AS via
  }
  // One group per directed (statement, b) or per topic/event, its actors most active first; the
  // groups in `via` order (kept from here on), so that each edge's `via` lists the smallest ids.
  WITH type, via, b, a, count(*) AS statements
  ORDER BY via, statements DESC, a.id
  WITH type, via, b, collect(a) AS actors
  WITH collect({type: type, via: via, b: b, actors: actors}) AS groups
  WITH groups, any(g IN groups WHERE g.b IS NULL AND size(g.actors) > $maxGroup) AS capped
  UNWIND groups AS g
  WITH capped, g.type AS type, g.via AS via, g.b AS b, g.actors AS actors
  CALL (type, via, b, actors) {
    WITH * WHERE b IS NOT NULL
    UNWIND actors AS source
    RETURN source, b AS target
    UNION ALL
    // Each unordered pair of members once, the lower id first.
    WITH * WHERE b IS NULL
    OPTIONAL MATCH (:Event {id: via})-[:INVOLVES]->(p:Actor) WHERE type = 'SAME_EVENT'
    WITH actors, collect(DISTINCT p) AS involved
    UNWIND involved + [a IN actors[..$maxGroup] WHERE NOT a IN involved] AS m
    WITH m ORDER BY m.id
    WITH collect(m) AS members
    UNWIND range(0, size(members) - 2) AS i
    UNWIND range(i + 1, size(members) - 1) AS j
    RETURN members[i] AS source, members[j] AS target
  }
  WITH capped, type, source, target, count(*) AS weight, collect(via)[..5] AS via
  WITH capped, type + ':' + source.id + '->' + target.id AS id, type, source, target, weight, via
  ORDER BY weight DESC, id
  LIMIT $limit + 1
  // minWeight drops rows in collect rather than in a WHERE, so that a row (and `capped`) remains:
  // heavier edges sort first, so the top $limit + 1 rows hold every kept edge all the same.
  RETURN capped, collect(CASE WHEN weight >= $minWeight THEN {id: id, type: type, source: source, target: target, weight: weight, via: via} END) AS found
}
WITH topicFound, coalesce(found, []) AS found, coalesce(capped, false) AS capped
WITH topicFound, found[..$limit] AS kept, capped OR size(found) > $limit AS truncated
CALL (kept) {
  UNWIND kept AS e
  UNWIND [e.source, e.target] AS n
  WITH DISTINCT n ORDER BY n.id
  RETURN collect(n {.*, labels: labels(n)}) AS nodes
}
RETURN topicFound, truncated, nodes,
       [e IN kept | {id: e.id, type: e.type, source: e.source.id, target: e.target.id, properties: {weight: e.weight, via: e.via}}] AS edges
