// For each customer, one keyset page of the subscriptions it holds at $at that the caller's $scope
// may see (@subscriptions-held-by), ordered by id, and how many in all.
UNWIND $customerIds AS parentId
CALL (parentId) {
  @subscriptions-held-by(parentId, c, h, s, o, pub, p)
  WITH c, h, s, o, p WHERE $afterId IS NULL OR s.id > $afterId
  WITH c, h, s, o, p ORDER BY s.id LIMIT toInteger($limit)
  RETURN collect(@subscription-fields(s, h, c, o, p)) AS nodes
}
CALL (parentId) {
  @subscriptions-held-by(parentId, c, h, s, o, pub, p)
  RETURN count(s) AS totalCount
}
RETURN parentId, nodes, totalCount
