// Bench fixture: the ids of the customers at these positions of the id order (0-based).
MATCH (c:Customer)
WITH c.id AS id ORDER BY id
WITH collect(id) AS ids
UNWIND $positions AS position
RETURN ids[toInteger(position)] AS id
