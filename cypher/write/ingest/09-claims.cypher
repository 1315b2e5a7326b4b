UNWIND $rows AS row
MERGE (c:Claim {id: row.id})
  ON CREATE SET c.text = row.text, c.nameKeys = row.nameKeys
