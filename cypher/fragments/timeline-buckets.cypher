// Statements per period, oldest first. A statement goes into the bucket of the requested
// $unit when its date is known at least that precisely ($needs: 2 = day, 1 = month, 0 = year);
// otherwise into a bucket of its own precision: "November 2017" stays in November 2017 and is
// never put on 1 November. $from/$to keep statements whose period overlaps the range.
// Statements of unknown date are left out (timeline-undated counts them).
// The including query anchors the MATCH of s on the actor or topic; here every filter decides.
WHERE s.saidOn IS NOT NULL
  AND ($actor IS NULL OR EXISTS { (s)-[:ATTRIBUTED_TO]->(:Actor {id: $actor}) })
  AND ($topic IS NULL OR EXISTS { (s)-[:ABOUT]->(:Topic)-[:SUBTOPIC_OF*0..5]->(:Topic {id: $topic}) })
WITH s, CASE s.datePrecision WHEN 'YEAR' THEN 0 WHEN 'MONTH' THEN 1 ELSE 2 END AS known
WITH s, known,
     s.saidOn + CASE known WHEN 0 THEN duration('P1Y') WHEN 1 THEN duration('P1M') ELSE duration('P1D') END - duration('P1D') AS lastDay
WHERE ($from IS NULL OR lastDay >= date($from)) AND ($to IS NULL OR s.saidOn <= date($to))
WITH s, CASE WHEN known >= $needs THEN $unit WHEN known = 1 THEN 'month' ELSE 'year' END AS unit
WITH s, unit, date.truncate(unit, s.saidOn) AS start
ORDER BY start, unit, s.saidOn, s.id
WITH start, unit, count(s) AS statements, collect(s)[..$perBucket] AS first
RETURN toString(start) AS start, unit, statements, [x IN first | x {.*, labels: labels(x)}] AS first
ORDER BY start, unit
LIMIT $maxBuckets
