// (Person)-[:HOLDS_ROLE {title, from, to}]->(Country|Organization)
UNWIND $rows AS row
MATCH (p:Actor:Person {id: row.person})
MATCH (o:Actor {id: row.of})
MERGE (p)-[r:HOLDS_ROLE {title: row.title}]->(o)
SET r.from = row.from, r.to = row.to
