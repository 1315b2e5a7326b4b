// Anchored on the speaker through the (speakerId, reportedAt) index, newest first: first the
// date of the $window-th newest match (read in index order, stopping there), then only the
// matches at least that new (ties included) are sorted into the page. One page per request.
UNWIND $requests AS req
CALL (req) {
  CALL (req) {
    MATCH (s:Statement)-[rep:REPORTED_IN]->(article:Article)
    WHERE s.speakerId = req.speaker AND s.reportedAt IS NOT NULL
{{>statements-page-filter}}
    WITH s ORDER BY s.speakerId DESC, s.reportedAt DESC
    SKIP $window - 1 LIMIT 1
    RETURN collect(s.reportedAt) AS cutoff
  }
  MATCH (s:Statement)-[rep:REPORTED_IN]->(article:Article)
  WHERE s.speakerId = req.speaker AND s.reportedAt >= coalesce(cutoff[0], datetime({year: 1}))
{{>statements-page-filter}}
{{>statements-page-slice}}
}
// The speaker alone: the total is their degree, counted without reading a statement.
OPTIONAL MATCH (speaker:Actor {id: req.speaker})
RETURN req.key AS key, page,
  CASE WHEN {{>statements-page-unfiltered}}
    THEN COUNT { (speaker)<-[:ATTRIBUTED_TO]-() }
    ELSE COUNT {
      MATCH (s:Statement)-[rep:REPORTED_IN]->(article:Article)
      WHERE s.speakerId = req.speaker
{{>statements-page-filter}}
    }
  END AS total
