UNWIND $rows AS row
MERGE (n:Topic {id: row.id})
  ON CREATE SET n.name = row.name
SET n.nameKeys = reduce(acc = coalesce(n.nameKeys, []), x IN row.nameKeys |
      CASE WHEN x IN acc THEN acc ELSE acc + x END),
    n.description = coalesce(row.description, n.description)
