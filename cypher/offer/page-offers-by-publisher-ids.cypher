// For each publisher the caller's $scope may see, one keyset page of its offers, ordered by id,
// and how many it has.
UNWIND $publisherIds AS parentId
MATCH (pub:Publisher {id: parentId})
WHERE @visible-publisher(pub)
CALL (pub) {
  MATCH (pub)<-[:PUBLISHED_BY]-(o:Offer)
  WHERE $afterId IS NULL OR o.id > $afterId
  WITH o ORDER BY o.id LIMIT toInteger($limit)
  RETURN collect(@offer-fields(o, pub)) AS nodes
}
CALL (pub) {
  MATCH (pub)<-[:PUBLISHED_BY]-(o:Offer)
  RETURN count(o) AS totalCount
}
RETURN parentId, nodes, totalCount
