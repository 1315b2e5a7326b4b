// No anchor: every statement is a candidate, read newest first through the reportedAt index:
// first the date of the $window-th newest match (in index order, stopping there), then only
// the matches at least that new (ties included) are sorted into the page.
UNWIND $requests AS req
CALL (req) {
  CALL (req) {
    MATCH (s:Statement)-[rep:REPORTED_IN]->(article:Article)
    WHERE s.reportedAt IS NOT NULL
{{>statements-page-filter}}
    WITH s ORDER BY s.reportedAt DESC
    SKIP $window - 1 LIMIT 1
    RETURN collect(s.reportedAt) AS cutoff
  }
  MATCH (s:Statement)-[rep:REPORTED_IN]->(article:Article)
  WHERE s.reportedAt >= coalesce(cutoff[0], datetime({year: 1}))
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
