UNWIND $rows AS row
MERGE (p:Partner {id: row.id})
SET p.name = row.name, p.kind = row.kind
