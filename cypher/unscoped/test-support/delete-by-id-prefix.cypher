// Test clean-up: removes every node a test created (tests give their ids one unique prefix), the
// audit records of those entities, the relationship requests that name them, and the idempotency
// keys the test's writes claimed (their clientMutationIds carry the prefix too; a key is the
// caller's subject, a NUL, then the clientMutationId).
MATCH (n)
WHERE n.id STARTS WITH $prefix OR n.entityId STARTS WITH $prefix OR n.fromId STARTS WITH $prefix OR n.toId STARTS WITH $prefix
   OR (n:MutationKey AND n.key CONTAINS ('\u0000' + $prefix))
DETACH DELETE n
