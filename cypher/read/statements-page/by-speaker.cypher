// Anchored on the speaker: only their statements are candidates.
UNWIND $requests AS req
CALL (req) {
  MATCH (:Actor {id: req.speaker})<-[:ATTRIBUTED_TO]-(s:Statement)-[rep:REPORTED_IN]->(article:Article)
{{>statements-page-filter}}
}
RETURN req.key AS key, total, page
