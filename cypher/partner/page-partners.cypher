// One keyset page of the partners @partner-filter keeps, ordered by id, and how many it keeps.
CALL () {
  MATCH (p:Partner)
  WHERE ($afterId IS NULL OR p.id > $afterId) AND @partner-filter(p)
  WITH p ORDER BY p.id LIMIT toInteger($limit)
  RETURN collect(@partner-fields(p)) AS nodes
}
CALL () {
  MATCH (p:Partner)
  WHERE @partner-filter(p)
  RETURN count(p) AS totalCount
}
RETURN nodes, totalCount
