// No anchor: every statement is a candidate.
UNWIND $requests AS req
CALL (req) {
  MATCH (s:Statement)-[rep:REPORTED_IN]->(article:Article)
{{>statements-page-filter}}
}
RETURN req.key AS key, total, page
