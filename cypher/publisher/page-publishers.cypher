// One keyset page of the publishers @publisher-filter keeps, ordered by id, and how many it keeps.
CALL () {
  MATCH (p:Publisher)
  WHERE ($afterId IS NULL OR p.id > $afterId) AND @publisher-filter(p)
  WITH p ORDER BY p.id LIMIT toInteger($limit)
  RETURN collect(@publisher-fields(p)) AS nodes
}
CALL () {
  MATCH (p:Publisher)
  WHERE @publisher-filter(p)
  RETURN count(p) AS totalCount
}
RETURN nodes, totalCount
