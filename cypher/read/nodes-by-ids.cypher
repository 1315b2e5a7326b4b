// Nodes of one label by id (DataLoader batches). {{label}}: a model label.
MATCH (n:{{label}})
WHERE n.id IN $ids
RETURN n {.*, labels: labels(n)} AS node
