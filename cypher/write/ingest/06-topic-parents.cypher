// (Topic)-[:SUBTOPIC_OF]->(Topic), once every topic of the dossier exists.
UNWIND $rows AS row
WITH row WHERE row.parent IS NOT NULL
MATCH (t:Topic {id: row.id})
MATCH (p:Topic {id: row.parent})
MERGE (t)-[:SUBTOPIC_OF]->(p)
