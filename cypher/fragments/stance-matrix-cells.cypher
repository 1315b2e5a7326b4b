// Who stands where: per actor × topic, the number of statements with each stance. A topic
// includes its subtopics. Cells with no statement are not returned (the caller fills them in
// for lists it was given). Busiest cells first, at most $limit.
// The including query matches a, s, about and t, anchored on the actors or the topics given.
WITH a, t, about.stance AS stance, count(DISTINCT s) AS statements
WITH a, t, collect({stance: stance, statements: statements}) AS byStance
RETURN a {.*, labels: labels(a)} AS actor, t {.*, labels: labels(t)} AS topic,
       reduce(n = 0, x IN byStance | n + CASE x.stance WHEN 'SUPPORT' THEN x.statements ELSE 0 END) AS support,
       reduce(n = 0, x IN byStance | n + CASE x.stance WHEN 'OPPOSE' THEN x.statements ELSE 0 END) AS oppose,
       reduce(n = 0, x IN byStance | n + CASE x.stance WHEN 'CONCERN' THEN x.statements ELSE 0 END) AS concern,
       reduce(n = 0, x IN byStance | n + CASE x.stance WHEN 'NEUTRAL' THEN x.statements ELSE 0 END) AS neutral
ORDER BY support + oppose + concern + neutral DESC, a.id, t.id
LIMIT $limit
