// Test clean-up: removes every node a test created (tests give their ids one unique prefix).
MATCH (n)
WHERE n.id STARTS WITH $prefix
DETACH DELETE n
