// Name keys recomputed by refoldNameKeys (src/graph/names.ts): each node gets its new list.
UNWIND $rows AS row
MATCH (n:{{label}} {id: row.id})
SET n.nameKeys = row.keys
RETURN count(*) AS updated
