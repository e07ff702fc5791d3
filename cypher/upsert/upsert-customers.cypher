UNWIND $rows AS row
MERGE (c:Customer {id: row.id})
SET c.name = row.name
