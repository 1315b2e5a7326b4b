// Anchored on the speaker through the (speakerId, reportedAt) index: the page is read in index
// order and stops after offset + limit statements. One page per request of $requests.
UNWIND $requests AS req
CALL (req) {
  MATCH (s:Statement)-[rep:REPORTED_IN]->(article:Article)
  WHERE s.speakerId = req.speaker AND s.reportedAt IS NOT NULL
{{>statements-page-filter}}
{{>statements-page-slice}}
}
// The speaker alone: the total is their degree, counted without reading a statement.
RETURN req.key AS key, page,
  CASE WHEN {{>statements-page-unfiltered}}
    THEN COUNT { (:Actor {id: req.speaker})<-[:ATTRIBUTED_TO]-() }
    ELSE COUNT {
      MATCH (s:Statement)-[rep:REPORTED_IN]->(article:Article)
      WHERE s.speakerId = req.speaker
{{>statements-page-filter}}
    }
  END AS total
