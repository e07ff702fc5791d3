// For each partner, one keyset page of the customers it serves (@customers-served-by), ordered by
// id, and how many it serves in all.
UNWIND $partnerIds AS parentId
CALL (parentId) {
  @customers-served-by(parentId, c)
  WITH c WHERE $afterId IS NULL OR c.id > $afterId
  WITH c ORDER BY c.id LIMIT toInteger($limit)
  RETURN collect(@customer-fields(c)) AS nodes
}
CALL (parentId) {
  @customers-served-by(parentId, c)
  RETURN count(c) AS totalCount
}
RETURN parentId, nodes, totalCount
