// Which of these statement ids are already in the graph (index seeks only).
UNWIND $ids AS id
MATCH (s:Statement {id: id})
RETURN collect(s.id) AS ids
