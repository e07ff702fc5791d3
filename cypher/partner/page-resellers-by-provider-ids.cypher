// For each indirect provider, one keyset page of the resellers that buy through it, ordered by id.
UNWIND $providerIds AS parentId
CALL (parentId) {
  MATCH (:Partner {id: parentId})<-[:BUYS_THROUGH]-(p:Partner)
  WHERE $afterId IS NULL OR p.id > $afterId
  WITH p ORDER BY p.id LIMIT toInteger($limit)
  RETURN collect(p { .id, .name, .kind }) AS nodes
}
CALL (parentId) {
  MATCH (:Partner {id: parentId})<-[:BUYS_THROUGH]-(p:Partner)
  RETURN count(p) AS totalCount
}
RETURN parentId, nodes, totalCount
