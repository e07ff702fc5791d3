// Test clean-up: removes every node a test created (tests give their ids one unique prefix) and
// the audit records of those entities.
MATCH (n)
WHERE n.id STARTS WITH $prefix OR n.entityId STARTS WITH $prefix
DETACH DELETE n
