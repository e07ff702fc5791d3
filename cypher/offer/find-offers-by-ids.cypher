UNWIND $ids AS id
MATCH (o:Offer {id: id})-[:PUBLISHED_BY]->(p:Publisher)
RETURN o.id AS id, o.name AS name, p.id AS publisherId
