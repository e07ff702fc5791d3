// For each indirect reseller, one keyset page of the providers it buys through, ordered by id.
UNWIND $resellerIds AS parentId
CALL (parentId) {
  MATCH (:Partner {id: parentId})-[:BUYS_THROUGH]->(p:Partner)
  WHERE $afterId IS NULL OR p.id > $afterId
  WITH p ORDER BY p.id LIMIT toInteger($limit)
  RETURN collect(p { .id, .name, .kind }) AS nodes
}
CALL (parentId) {
  MATCH (:Partner {id: parentId})-[:BUYS_THROUGH]->(p:Partner)
  RETURN count(p) AS totalCount
}
RETURN parentId, nodes, totalCount
