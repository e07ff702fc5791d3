// For each indirect reseller, one keyset page of the providers it buys through at $at that the
// caller's $scope may see (@providers-of), ordered by id, and how many in all.
UNWIND $resellerIds AS parentId
CALL (parentId) {
  @providers-of(parentId, p)
  WITH p WHERE $afterId IS NULL OR p.id > $afterId
  WITH p ORDER BY p.id LIMIT toInteger($limit)
  RETURN collect(@partner-fields(p)) AS nodes
}
CALL (parentId) {
  @providers-of(parentId, p)
  RETURN count(p) AS totalCount
}
RETURN parentId, nodes, totalCount
