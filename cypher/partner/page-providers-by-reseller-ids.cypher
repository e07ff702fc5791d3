// Only what the caller's $scope may see is listed or counted (README, "Tenant scoping").
// For each indirect reseller, one keyset page of the providers it buys through, ordered by id.
UNWIND $resellerIds AS parentId
CALL (parentId) {
  MATCH (:Partner {id: parentId})-[:BUYS_THROUGH]->(p:Partner)
  WHERE ($afterId IS NULL OR p.id > $afterId)
    AND ($scope.all OR p.id = $scope.partnerId
      OR EXISTS { (p)-[:BUYS_THROUGH]-(:Partner {id: $scope.partnerId}) }
      OR EXISTS { (p)<-[:SOLD_BY|SUPPLIED_BY]-(:Subscription)-[:FOR_OFFER]->(:Offer)-[:PUBLISHED_BY]->(:Publisher {id: $scope.publisherId}) })
  WITH p ORDER BY p.id LIMIT toInteger($limit)
  RETURN collect(p { .id, .name, .kind }) AS nodes
}
CALL (parentId) {
  MATCH (:Partner {id: parentId})-[:BUYS_THROUGH]->(p:Partner)
  WHERE ($scope.all OR p.id = $scope.partnerId
      OR EXISTS { (p)-[:BUYS_THROUGH]-(:Partner {id: $scope.partnerId}) }
      OR EXISTS { (p)<-[:SOLD_BY|SUPPLIED_BY]-(:Subscription)-[:FOR_OFFER]->(:Offer)-[:PUBLISHED_BY]->(:Publisher {id: $scope.publisherId}) })
  RETURN count(p) AS totalCount
}
RETURN parentId, nodes, totalCount
