// Bench fixture: the ids of the customers at these positions of the id order (0-based). The
// range predicate lets Neo4j read the id index in order instead of sorting every customer (at a
// million, the sort ran past the transaction memory limit).
MATCH (c:Customer)
WHERE c.id > ''
WITH c.id AS id ORDER BY id
WITH collect(id) AS ids
UNWIND $positions AS position
RETURN ids[toInteger(position)] AS id
