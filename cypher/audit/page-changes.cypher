// Keyset page of one entity's audit records, newest first (change ids sort by time), and their count.
// The audit trail spans every organisation: only a caller whose $scope is all sees it.
CALL () {
  MATCH (c:Change {entityId: $entityId})
  WHERE $scope.all AND ($afterId IS NULL OR c.id < $afterId)
  WITH c ORDER BY c.id DESC LIMIT toInteger($limit)
  RETURN collect(c { .id, .callerId, .operation, .source, .entityType, .entityId, .before, .after, at: c.at.epochMillis }) AS nodes
}
CALL () {
  MATCH (c:Change {entityId: $entityId})
  WHERE $scope.all
  RETURN count(c) AS totalCount
}
RETURN nodes, totalCount
