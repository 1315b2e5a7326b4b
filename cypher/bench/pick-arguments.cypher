// The benchmark's arguments: the busiest speakers and topics, and the span of dates.
CALL () {
  MATCH (a:Actor)
  WITH a, COUNT { (a)<-[:ATTRIBUTED_TO]-(:Statement) } AS n
  WHERE n > 0
  ORDER BY n DESC, a.id
  LIMIT 10
  RETURN collect({id: a.id, name: a.name, aliases: coalesce(a.aliases, []), statements: n}) AS speakers
}
CALL () {
  MATCH (t:Topic)
  WITH t, COUNT { (t)<-[:ABOUT]-(:Statement) } AS n
  WHERE n > 0
  ORDER BY n DESC, t.id
  LIMIT 10
  RETURN collect({id: t.id, name: t.name, statements: n}) AS topics
}
CALL () {
  MATCH (s:Statement) WHERE s.saidOn IS NOT NULL
  RETURN toString(min(s.saidOn)) AS firstDate, toString(max(s.saidOn)) AS lastDate
}
RETURN speakers, topics, firstDate, lastDate
