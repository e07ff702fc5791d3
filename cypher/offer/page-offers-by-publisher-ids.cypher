// For each publisher, one keyset page of its offers, ordered by id.
UNWIND $publisherIds AS parentId
CALL (parentId) {
  MATCH (:Publisher {id: parentId})<-[:PUBLISHED_BY]-(o:Offer)
  WHERE $afterId IS NULL OR o.id > $afterId
  WITH o ORDER BY o.id LIMIT toInteger($limit)
  RETURN collect(o { .id, .name, publisherId: parentId }) AS nodes
}
CALL (parentId) {
  MATCH (:Publisher {id: parentId})<-[:PUBLISHED_BY]-(o:Offer)
  RETURN count(o) AS totalCount
}
RETURN parentId, nodes, totalCount
