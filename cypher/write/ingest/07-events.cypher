UNWIND $rows AS row
MERGE (e:Event {id: row.id})
  ON CREATE SET e.name = row.name
SET e.kind = row.kind,
    e.startDate = date(row.startDate),
    e.datePrecision = row.datePrecision,
    e.description = coalesce(row.description, e.description),
    e.nameKeys = reduce(acc = coalesce(e.nameKeys, []), x IN row.nameKeys |
      CASE WHEN x IN acc THEN acc ELSE acc + x END)
WITH e, row WHERE row.place IS NOT NULL
MATCH (p:Place {id: row.place})
MERGE (e)-[:HELD_IN]->(p)
