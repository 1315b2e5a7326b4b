// One page of nodes of a label, with the number of all matches. Every filter is optional;
// dated things (articles, events) newest first, then by name.
MATCH (n:{{label}})
WITH n, coalesce(date(n.publishedAt), n.startDate) AS day
WHERE ($name IS NULL OR any(k IN coalesce(n.nameKeys, []) WHERE k CONTAINS $name)
       OR toLower(coalesce(n.headline, '')) CONTAINS $name)
  AND ($from IS NULL OR day >= date($from))
  AND ($to IS NULL OR day <= date($to))
  AND ($publisher IS NULL OR EXISTS { (n)-[:PUBLISHED_BY]->(:Actor {id: $publisher}) })
  AND ($involves IS NULL OR EXISTS { (n)-[:INVOLVES]->(:Actor {id: $involves}) })
WITH n ORDER BY day DESC, coalesce(n.name, n.headline, n.text), n.id
WITH collect(n) AS matches
RETURN size(matches) AS total, [n IN matches[$offset..$offset + $limit] | n {.*, labels: labels(n)}] AS page
