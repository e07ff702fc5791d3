// Keyset page ordered by id: stable under inserts, one more row than asked tells hasNextPage.
CALL () {
  MATCH (c:Customer)
  WHERE $afterId IS NULL OR c.id > $afterId
  WITH c ORDER BY c.id LIMIT toInteger($limit)
  RETURN collect(c { .id, .name }) AS nodes
}
CALL () {
  MATCH (c:Customer)
  RETURN count(c) AS totalCount
}
RETURN nodes, totalCount
