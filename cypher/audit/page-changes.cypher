// Keyset page of the audit records @match-changes finds, newest first (change ids sort by time),
// and their count.
CALL () {
  @match-changes(c)
  WITH c WHERE $afterId IS NULL OR c.id < $afterId
  WITH c ORDER BY c.id DESC LIMIT toInteger($limit)
  RETURN collect(c { .id, .callerId, .operation, .source, .clientMutationId, .entityType, .entityId, .before, .after, at: c.at.epochMillis }) AS nodes
}
CALL () {
  @match-changes(c)
  RETURN count(c) AS totalCount
}
RETURN nodes, totalCount
