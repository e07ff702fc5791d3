// One keyset page of the subscriptions held at $at that @subscription-filter keeps, ordered by id,
// and how many it keeps.
CALL () {
  @match-held-subscriptions(c, h, s, o, pub, p)
  WHERE ($afterId IS NULL OR s.id > $afterId) AND @subscription-filter(c, s, o, pub, p)
  WITH c, h, s, o, p ORDER BY s.id LIMIT toInteger($limit)
  RETURN collect(@subscription-fields(s, h, c, o, p)) AS nodes
}
CALL () {
  @match-held-subscriptions(c, h, s, o, pub, p)
  WHERE @subscription-filter(c, s, o, pub, p)
  RETURN count(s) AS totalCount
}
RETURN nodes, totalCount
