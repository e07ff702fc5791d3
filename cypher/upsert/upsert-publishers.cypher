UNWIND $rows AS row
MERGE (p:Publisher {id: row.id})
SET p.name = row.name, p.isMicrosoft = coalesce(row.isMicrosoft, false)
