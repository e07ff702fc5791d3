// Nodes whose id starts with the prefix, and the relationships that leave them.
CALL () { MATCH (n) WHERE n.id STARTS WITH $prefix RETURN count(n) AS nodes }
CALL () { MATCH (n)-[r]->() WHERE n.id STARTS WITH $prefix RETURN count(r) AS relationships }
RETURN nodes, relationships
