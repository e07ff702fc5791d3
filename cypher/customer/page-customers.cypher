// Only what the caller's $scope may see is listed or counted (README, "Tenant scoping").
// Keyset page ordered by id: stable under inserts, one more row than asked tells hasNextPage.
// Filters, each ignored when null: the name contains $nameContains (case-insensitive); a partner
// serves the customer (it sold or supplied one of its subscriptions: a provider's whole
// downstream); the customer subscribes to an offer of $publisherId.
CALL () {
  MATCH (c:Customer)
  WHERE ($afterId IS NULL OR c.id > $afterId)
    AND ($scope.all
      OR EXISTS { (c)-[:HAS_SUBSCRIPTION]->(:Subscription)-[:SOLD_BY|SUPPLIED_BY|DESIGNATED_SUPPORT]->(:Partner {id: $scope.partnerId}) }
      OR EXISTS { (c)-[:HAS_SUBSCRIPTION]->(:Subscription)-[:FOR_OFFER]->(:Offer)-[:PUBLISHED_BY]->(:Publisher {id: $scope.publisherId}) })
    AND ($nameContains IS NULL OR toLower(c.name) CONTAINS toLower($nameContains))
    AND ($servedByPartnerId IS NULL
         OR EXISTS { (c)-[:HAS_SUBSCRIPTION]->(:Subscription)-[:SOLD_BY|SUPPLIED_BY]->(:Partner {id: $servedByPartnerId}) })
    AND ($publisherId IS NULL
         OR EXISTS { (c)-[:HAS_SUBSCRIPTION]->(:Subscription)-[:FOR_OFFER]->(:Offer)-[:PUBLISHED_BY]->(:Publisher {id: $publisherId}) })
  WITH c ORDER BY c.id LIMIT toInteger($limit)
  RETURN collect(c { .id, .name }) AS nodes
}
CALL () {
  MATCH (c:Customer)
  WHERE ($scope.all
      OR EXISTS { (c)-[:HAS_SUBSCRIPTION]->(:Subscription)-[:SOLD_BY|SUPPLIED_BY|DESIGNATED_SUPPORT]->(:Partner {id: $scope.partnerId}) }
      OR EXISTS { (c)-[:HAS_SUBSCRIPTION]->(:Subscription)-[:FOR_OFFER]->(:Offer)-[:PUBLISHED_BY]->(:Publisher {id: $scope.publisherId}) })
    AND ($nameContains IS NULL OR toLower(c.name) CONTAINS toLower($nameContains))
    AND ($servedByPartnerId IS NULL
         OR EXISTS { (c)-[:HAS_SUBSCRIPTION]->(:Subscription)-[:SOLD_BY|SUPPLIED_BY]->(:Partner {id: $servedByPartnerId}) })
    AND ($publisherId IS NULL
         OR EXISTS { (c)-[:HAS_SUBSCRIPTION]->(:Subscription)-[:FOR_OFFER]->(:Offer)-[:PUBLISHED_BY]->(:Publisher {id: $publisherId}) })
  RETURN count(c) AS totalCount
}
RETURN nodes, totalCount
