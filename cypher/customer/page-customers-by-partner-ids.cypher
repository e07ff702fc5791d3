// Only what the caller's $scope may see is listed or counted (README, "Tenant scoping").
// For each partner, one keyset page of the customers it serves (it sold or supplied one of their
// subscriptions), ordered by id, and how many it serves in all.
UNWIND $partnerIds AS parentId
CALL (parentId) {
  MATCH (:Partner {id: parentId})<-[:SOLD_BY|SUPPLIED_BY]-(:Subscription)<-[:HAS_SUBSCRIPTION]-(c:Customer)
  WITH DISTINCT c
  WHERE ($afterId IS NULL OR c.id > $afterId)
    AND ($scope.all
      OR EXISTS { (c)-[:HAS_SUBSCRIPTION]->(:Subscription)-[:SOLD_BY|SUPPLIED_BY|DESIGNATED_SUPPORT]->(:Partner {id: $scope.partnerId}) }
      OR EXISTS { (c)-[:HAS_SUBSCRIPTION]->(:Subscription)-[:FOR_OFFER]->(:Offer)-[:PUBLISHED_BY]->(:Publisher {id: $scope.publisherId}) })
  WITH c ORDER BY c.id LIMIT toInteger($limit)
  RETURN collect(c { .id, .name }) AS nodes
}
CALL (parentId) {
  MATCH (:Partner {id: parentId})<-[:SOLD_BY|SUPPLIED_BY]-(:Subscription)<-[:HAS_SUBSCRIPTION]-(c:Customer)
  WITH DISTINCT c
  WHERE ($scope.all
      OR EXISTS { (c)-[:HAS_SUBSCRIPTION]->(:Subscription)-[:SOLD_BY|SUPPLIED_BY|DESIGNATED_SUPPORT]->(:Partner {id: $scope.partnerId}) }
      OR EXISTS { (c)-[:HAS_SUBSCRIPTION]->(:Subscription)-[:FOR_OFFER]->(:Offer)-[:PUBLISHED_BY]->(:Publisher {id: $scope.publisherId}) })
  RETURN count(c) AS totalCount
}
RETURN parentId, nodes, totalCount
