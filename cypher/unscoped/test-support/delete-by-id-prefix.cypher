// Test clean-up: removes every node a test created (tests give their ids one unique prefix), the
// audit records of those entities and the relationship requests that name them.
MATCH (n)
WHERE n.id STARTS WITH $prefix OR n.entityId STARTS WITH $prefix OR n.fromId STARTS WITH $prefix OR n.toId STARTS WITH $prefix
DETACH DELETE n
