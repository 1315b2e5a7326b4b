// Anchored on the topic: only statements about it or a subtopic are candidates.
UNWIND $requests AS req
CALL (req) {
  MATCH (:Topic {id: req.topic})<-[:SUBTOPIC_OF*0..5]-(:Topic)<-[:ABOUT]-(candidate:Statement)
  WITH DISTINCT req, candidate AS s
  MATCH (s)-[rep:REPORTED_IN]->(article:Article)
  WHERE true
{{>statements-page-filter}}
{{>statements-page-slice}}
}
CALL (req) {
  MATCH (:Topic {id: req.topic})<-[:SUBTOPIC_OF*0..5]-(:Topic)<-[:ABOUT]-(candidate:Statement)
  WITH DISTINCT req, candidate AS s
  MATCH (s)-[rep:REPORTED_IN]->(article:Article)
  WHERE true
{{>statements-page-filter}}
  RETURN count(s) AS total
}
RETURN req.key AS key, total, page
