// Anchored on the article: only its statements are candidates.
UNWIND $requests AS req
CALL (req) {
  MATCH (article:Article {id: req.article})<-[rep:REPORTED_IN]-(s:Statement)
{{>statements-page-filter}}
}
RETURN req.key AS key, total, page
