  // One page: newest article first (s.reportedAt is its article's publishedAt, kept on the
  // statement so that an index can give this order), then in reading order within the article.
  // Only the first $window (the largest offset + limit of the batch) are kept, so ORDER BY
  // becomes a top-k and the matches are never all collected (LIMIT can't read req). The
  // including query may have narrowed the candidates to the newest ones already.
  WITH s, article, rep
  ORDER BY s.reportedAt DESC, article.id, rep.start
  LIMIT $window
  WITH collect(s) AS top
  RETURN [x IN top[req.offset..req.offset + req.limit] | x {.*, labels: labels(x)}] AS page
