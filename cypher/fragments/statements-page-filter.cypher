    // The filters of one page request `req` (every field optional), as conditions to AND onto
    // the including query's WHERE, which anchors the MATCH of s, rep and article on the most
    // selective filter; here every filter decides.
    AND (req.kind IS NULL OR s.kind = req.kind)
    AND (req.from IS NULL OR s.saidOn >= date(req.from))
    AND (req.to IS NULL OR s.saidOn <= date(req.to))
    AND (req.text IS NULL OR toLower(s.text) CONTAINS toLower(req.text))
    AND (req.article IS NULL OR article.id = req.article)
    AND (req.speaker IS NULL OR s.speakerId = req.speaker)
    AND (req.event IS NULL OR EXISTS { (s)-[:MADE_AT]->(:Event {id: req.event}) })
    AND (req.mentions IS NULL OR EXISTS { (s)-[:MENTIONS]->(m) WHERE m.id = req.mentions })
    AND (req.claim IS NULL OR EXISTS { (s)-[:ASSERTS]->(:Claim {id: req.claim}) })
    // A topic includes its subtopics; a stance applies to the topic asked about, if any.
    AND (req.topic IS NULL AND req.stance IS NULL OR EXISTS {
      (s)-[about:ABOUT]->(:Topic)-[:SUBTOPIC_OF*0..5]->(t:Topic)
      WHERE (req.topic IS NULL OR t.id = req.topic) AND (req.stance IS NULL OR about.stance = req.stance)
    })
