// For each indirect provider, one keyset page of the resellers that buy through it at $at that the
// caller's $scope may see (@resellers-of), ordered by id, and how many in all.
UNWIND $providerIds AS parentId
CALL (parentId) {
  @resellers-of(parentId, p)
  WITH p WHERE $afterId IS NULL OR p.id > $afterId
  WITH p ORDER BY p.id LIMIT toInteger($limit)
  RETURN collect(@partner-fields(p)) AS nodes
}
CALL (parentId) {
  @resellers-of(parentId, p)
  RETURN count(p) AS totalCount
}
RETURN parentId, nodes, totalCount
