// The statements a timeline leaves out because their date is unknown (an undated article and
// no date in the statement's own words), under the same actor and topic filters as
// timeline-buckets. The including query anchors the MATCH of s on the actor or topic.
WHERE s.saidOn IS NULL
  AND ($actor IS NULL OR EXISTS { (s)-[:ATTRIBUTED_TO]->(:Actor {id: $actor}) })
  AND ($topic IS NULL OR EXISTS { (s)-[:ABOUT]->(:Topic)-[:SUBTOPIC_OF*0..5]->(:Topic {id: $topic}) })
RETURN count(s) AS undated
