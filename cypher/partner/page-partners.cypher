// Only what the caller's $scope may see is listed or counted (README, "Tenant scoping").
// Keyset page ordered by id. Filters, each ignored when null: the name contains $nameContains
// (case-insensitive); the partner is of $kind.
CALL () {
  MATCH (p:Partner)
  WHERE ($afterId IS NULL OR p.id > $afterId)
    AND ($scope.all OR p.id = $scope.partnerId
      OR EXISTS { (p)-[:BUYS_THROUGH]-(:Partner {id: $scope.partnerId}) }
      OR EXISTS { (p)<-[:SOLD_BY|SUPPLIED_BY]-(:Subscription)-[:FOR_OFFER]->(:Offer)-[:PUBLISHED_BY]->(:Publisher {id: $scope.publisherId}) })
    AND ($nameContains IS NULL OR toLower(p.name) CONTAINS toLower($nameContains))
    AND ($kind IS NULL OR p.kind = $kind)
  WITH p ORDER BY p.id LIMIT toInteger($limit)
  RETURN collect(p { .id, .name, .kind }) AS nodes
}
CALL () {
  MATCH (p:Partner)
  WHERE ($scope.all OR p.id = $scope.partnerId
      OR EXISTS { (p)-[:BUYS_THROUGH]-(:Partner {id: $scope.partnerId}) }
      OR EXISTS { (p)<-[:SOLD_BY|SUPPLIED_BY]-(:Subscription)-[:FOR_OFFER]->(:Offer)-[:PUBLISHED_BY]->(:Publisher {id: $scope.publisherId}) })
    AND ($nameContains IS NULL OR toLower(p.name) CONTAINS toLower($nameContains))
    AND ($kind IS NULL OR p.kind = $kind)
  RETURN count(p) AS totalCount
}
RETURN nodes, totalCount
