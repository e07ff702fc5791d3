// Test support: for every customer id under a prefix, how many Customer nodes and audit records carry it.
CALL () {
  MATCH (c:Customer) WHERE c.id STARTS WITH $prefix
  RETURN c.id AS id, 1 AS node, 0 AS change
  UNION ALL
  MATCH (a:Change) WHERE a.entityId STARTS WITH $prefix
  RETURN a.entityId AS id, 0 AS node, 1 AS change
}
RETURN id, sum(node) AS nodes, sum(change) AS changes
ORDER BY id
