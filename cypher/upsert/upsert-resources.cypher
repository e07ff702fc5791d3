UNWIND $rows AS row
MATCH (o:Offer {id: row.offerId})
MERGE (r:Resource {id: row.id})
SET r.kind = row.kind, r.url = row.url
MERGE (o)-[:HAS_RESOURCE]->(r)
