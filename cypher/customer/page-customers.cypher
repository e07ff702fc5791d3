// Keyset page ordered by id over the customers the caller's $scope may see: stable under
// inserts; one more row than asked tells hasNextPage. totalCount counts visible customers only.
CALL () {
  MATCH (c:Customer)
  WHERE ($afterId IS NULL OR c.id > $afterId)
    AND ($scope.all
      OR EXISTS { (c)-[:HAS_SUBSCRIPTION]->(:Subscription)-[:SOLD_BY|SUPPLIED_BY|DESIGNATED_SUPPORT]->(:Partner {id: $scope.partnerId}) }
      OR EXISTS { (c)-[:HAS_SUBSCRIPTION]->(:Subscription)-[:FOR_OFFER]->(:Offer)-[:PUBLISHED_BY]->(:Publisher {id: $scope.publisherId}) })
  WITH c ORDER BY c.id LIMIT toInteger($limit)
  RETURN collect(c { .id, .name }) AS nodes
}
CALL () {
  MATCH (c:Customer)
  WHERE $scope.all
     OR EXISTS { (c)-[:HAS_SUBSCRIPTION]->(:Subscription)-[:SOLD_BY|SUPPLIED_BY|DESIGNATED_SUPPORT]->(:Partner {id: $scope.partnerId}) }
     OR EXISTS { (c)-[:HAS_SUBSCRIPTION]->(:Subscription)-[:FOR_OFFER]->(:Offer)-[:PUBLISHED_BY]->(:Publisher {id: $scope.publisherId}) }
  RETURN count(c) AS totalCount
}
RETURN nodes, totalCount
