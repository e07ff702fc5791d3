UNWIND $ids AS publisherId
MATCH (o:Offer)-[:PUBLISHED_BY]->(:Publisher {id: publisherId})
WITH publisherId, o ORDER BY o.id
RETURN o.id AS id, o.name AS name, publisherId
