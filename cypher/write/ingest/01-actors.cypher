// Actors: MERGE on id; a new spelling of a known actor's name becomes an alias.
UNWIND $rows AS row
MERGE (n:Actor {id: row.id})
  ON CREATE SET n.name = row.name
SET n.aliases = reduce(acc = coalesce(n.aliases, []), x IN [row.name] + row.aliases |
      CASE WHEN x = n.name OR x IN acc THEN acc ELSE acc + x END),
    n.nameKeys = reduce(acc = coalesce(n.nameKeys, []), x IN row.nameKeys |
      CASE WHEN x IN acc THEN acc ELSE acc + x END),
    n.description = coalesce(row.description, n.description),
    n.kind = coalesce(row.kind, n.kind)
FOREACH (_ IN CASE row.label WHEN 'Person' THEN [1] ELSE [] END | SET n:Person)
FOREACH (_ IN CASE row.label WHEN 'Country' THEN [1] ELSE [] END | SET n:Country)
FOREACH (_ IN CASE row.label WHEN 'Organization' THEN [1] ELSE [] END | SET n:Organization)
