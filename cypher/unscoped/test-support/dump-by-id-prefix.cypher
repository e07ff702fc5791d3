// Every node whose id starts with the prefix, with its labels, properties and outgoing relationships.
MATCH (n)
WHERE n.id STARTS WITH $prefix
OPTIONAL MATCH (n)-[r]->(m)
WITH n, r, m ORDER BY type(r), m.id
RETURN n.id AS id, labels(n) AS labels, properties(n) AS properties,
       [x IN collect({type: type(r), to: m.id, properties: properties(r)}) WHERE x.type IS NOT NULL] AS out
ORDER BY id
