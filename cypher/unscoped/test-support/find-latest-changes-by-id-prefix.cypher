// The latest audit record of each entity whose id starts with the prefix: its state after.
MATCH (c:Change)
WHERE c.entityId STARTS WITH $prefix
WITH c ORDER BY c.id DESC
WITH c.entityId AS entityId, collect(c)[0] AS latest
RETURN entityId, latest.entityType AS entityType, latest.after AS after
ORDER BY entityId
