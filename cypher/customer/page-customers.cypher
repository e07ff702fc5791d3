// One keyset page of the customers @customer-filter keeps, ordered by id (stable under inserts;
// one more row than asked tells hasNextPage), and how many it keeps in all.
CALL () {
  MATCH (c:Customer)
  WHERE ($afterId IS NULL OR c.id > $afterId) AND @customer-filter(c)
  WITH c ORDER BY c.id LIMIT toInteger($limit)
  RETURN collect(@customer-fields(c)) AS nodes
}
CALL () {
  MATCH (c:Customer)
  WHERE @customer-filter(c)
  RETURN count(c) AS totalCount
}
RETURN nodes, totalCount
