// Full-text search over what was said (statement_text), who and what is named (entity_names:
// names and aliases of actors, places and topics) and the sources (article_text), best first.
// $query: Lucene query text with every syntax character already escaped (src/graph/search.ts);
// $labels: labels a hit must carry (null: all); $limit: most hits.
// A branch whose index can't hold any of $labels is skipped before its index is read.
// statement_text and article_text hold one label each, so their own top-$limit is exact;
// entity_names mixes labels, so it is filtered before it is cut.
CALL () {
  WITH 1 AS branch WHERE $labels IS NULL OR 'Statement' IN $labels
  CALL db.index.fulltext.queryNodes('statement_text', $query, {limit: $limit}) YIELD node, score
  RETURN node, score
  UNION ALL
  WITH 1 AS branch WHERE $labels IS NULL OR 'Article' IN $labels
  CALL db.index.fulltext.queryNodes('article_text', $query, {limit: $limit}) YIELD node, score
  RETURN node, score
  UNION ALL
  WITH 1 AS branch WHERE $labels IS NULL OR any(l IN ['Person', 'Country', 'Organization', 'Place', 'Topic'] WHERE l IN $labels)
  CALL db.index.fulltext.queryNodes('entity_names', $query) YIELD node, score
  WHERE $labels IS NULL OR any(l IN labels(node) WHERE l IN $labels)
  RETURN node, score
  ORDER BY score DESC
  LIMIT $limit
}
RETURN node {.*, labels: labels(node)} AS node, score
ORDER BY score DESC, node.id
LIMIT $limit
