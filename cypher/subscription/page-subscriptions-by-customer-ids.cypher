// For each customer, one keyset page of the subscriptions it holds at $at that the caller's $scope
// may see, ordered by id, and how many in all.
UNWIND $customerIds AS parentId
CALL (parentId) {
  @match-held-subscriptions(c, h, s, o, pub, p)
  WHERE c.id = parentId AND ($afterId IS NULL OR s.id > $afterId) AND @visible-subscription(s)
  WITH c, h, s, o, p ORDER BY s.id LIMIT toInteger($limit)
  RETURN collect(@subscription-fields(s, h, c, o, p)) AS nodes
}
CALL (parentId) {
  @match-held-subscriptions(c, h, s, o, pub, p)
  WHERE c.id = parentId AND @visible-subscription(s)
  RETURN count(s) AS totalCount
}
RETURN parentId, nodes, totalCount
