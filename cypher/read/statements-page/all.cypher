// No anchor: every statement is a candidate, read newest first through the reportedAt index.
UNWIND $requests AS req
CALL (req) {
  MATCH (s:Statement)-[rep:REPORTED_IN]->(article:Article)
  WHERE s.reportedAt IS NOT NULL
{{>statements-page-filter}}
{{>statements-page-slice}}
}
// No filter at all: the total comes from the count store.
RETURN req.key AS key, page,
  CASE WHEN {{>statements-page-unfiltered}} AND req.speaker IS NULL
    THEN COUNT { (:Statement) }
    ELSE COUNT {
      MATCH (s:Statement)-[rep:REPORTED_IN]->(article:Article)
      WHERE true
{{>statements-page-filter}}
    }
  END AS total
