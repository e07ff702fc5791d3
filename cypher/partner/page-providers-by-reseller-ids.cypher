// For each indirect reseller, one keyset page of the providers it buys through at $at that the
// caller's $scope may see, ordered by id, and how many in all.
UNWIND $resellerIds AS parentId
CALL (parentId) {
  MATCH (:Partner {id: parentId})-[link:BUYS_THROUGH WHERE @in-force(link)]->(p:Partner)
  WHERE ($afterId IS NULL OR p.id > $afterId) AND @visible-partner(p)
  WITH p ORDER BY p.id LIMIT toInteger($limit)
  RETURN collect(@partner-fields(p)) AS nodes
}
CALL (parentId) {
  MATCH (:Partner {id: parentId})-[link:BUYS_THROUGH WHERE @in-force(link)]->(p:Partner)
  WHERE @visible-partner(p)
  RETURN count(p) AS totalCount
}
RETURN parentId, nodes, totalCount
