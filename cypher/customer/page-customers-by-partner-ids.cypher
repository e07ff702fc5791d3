// For each partner, one keyset page of the customers it serves (it sold or supplied one of their
// subscriptions), ordered by id, and how many it serves in all.
UNWIND $partnerIds AS parentId
CALL (parentId) {
  MATCH (:Partner {id: parentId})<-[:SOLD_BY|SUPPLIED_BY]-(:Subscription)<-[:HAS_SUBSCRIPTION]-(c:Customer)
  WITH DISTINCT c
  WHERE $afterId IS NULL OR c.id > $afterId
  WITH c ORDER BY c.id LIMIT toInteger($limit)
  RETURN collect(c { .id, .name }) AS nodes
}
CALL (parentId) {
  MATCH (:Partner {id: parentId})<-[:SOLD_BY|SUPPLIED_BY]-(:Subscription)<-[:HAS_SUBSCRIPTION]-(c:Customer)
  RETURN count(DISTINCT c) AS totalCount
}
RETURN parentId, nodes, totalCount
