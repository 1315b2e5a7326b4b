// Anchored on the article: only its statements are candidates.
UNWIND $requests AS req
CALL (req) {
  MATCH (article:Article {id: req.article})<-[rep:REPORTED_IN]-(s:Statement)
  WHERE true
{{>statements-page-filter}}
{{>statements-page-slice}}
}
RETURN req.key AS key, page,
  COUNT {
    MATCH (article:Article {id: req.article})<-[rep:REPORTED_IN]-(s:Statement)
    WHERE true
{{>statements-page-filter}}
  } AS total
