// The names and description of an actor or place n, MERGEd on row.id by the including query
// (write/ingest/01-actors, 03-places) with its name set on create: a new spelling of a known
// name becomes an alias, name keys are unioned, description and kind are the latest given.
SET n.aliases = reduce(acc = coalesce(n.aliases, []), x IN [row.name] + row.aliases |
      CASE WHEN x = n.name OR x IN acc THEN acc ELSE acc + x END),
    n.nameKeys = reduce(acc = coalesce(n.nameKeys, []), x IN row.nameKeys |
      CASE WHEN x IN acc THEN acc ELSE acc + x END),
    n.description = coalesce(row.description, n.description),
    n.kind = coalesce(row.kind, n.kind)
