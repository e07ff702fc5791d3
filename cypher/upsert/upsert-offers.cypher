UNWIND $rows AS row
MATCH (pub:Publisher {id: row.publisherId})
MERGE (o:Offer {id: row.id})
SET o.name = row.name, o.offerType = row.offerType
MERGE (o)-[:PUBLISHED_BY]->(pub)
