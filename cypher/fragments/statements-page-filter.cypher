  // One page of statements per request, with the number of all matches. A request is a filter
  // (every field optional) plus offset and limit; batching requests serves nested connections
  // (an actor's statements, a topic's…) for many parents in one round-trip. The including query
  // anchors the MATCH on the most selective filter; here every filter decides.
  // Order: newest article first, then in reading order within the article.
  WHERE (req.kind IS NULL OR s.kind = req.kind)
    AND (req.from IS NULL OR s.saidOn >= date(req.from))
    AND (req.to IS NULL OR s.saidOn <= date(req.to))
    AND (req.text IS NULL OR toLower(s.text) CONTAINS toLower(req.text))
    AND (req.article IS NULL OR article.id = req.article)
    AND (req.speaker IS NULL OR EXISTS { (s)-[:ATTRIBUTED_TO]->(:Actor {id: req.speaker}) })
    AND (req.event IS NULL OR EXISTS { (s)-[:MADE_AT]->(:Event {id: req.event}) })
    AND (req.mentions IS NULL OR EXISTS { (s)-[:MENTIONS]->(m) WHERE m.id = req.mentions })
    AND (req.claim IS NULL OR EXISTS { (s)-[:ASSERTS]->(:Claim {id: req.claim}) })
    // A topic includes its subtopics; a stance applies to the topic asked about, if any.
    AND (req.topic IS NULL AND req.stance IS NULL OR EXISTS {
      (s)-[about:ABOUT]->(:Topic)-[:SUBTOPIC_OF*0..5]->(t:Topic)
      WHERE (req.topic IS NULL OR t.id = req.topic) AND (req.stance IS NULL OR about.stance = req.stance)
    })
  WITH s ORDER BY article.publishedAt DESC, article.id, rep.start
  WITH collect(s) AS matches
  RETURN size(matches) AS total,
         [s IN matches[req.offset..req.offset + req.limit] | s {.*, labels: labels(s)}] AS page
