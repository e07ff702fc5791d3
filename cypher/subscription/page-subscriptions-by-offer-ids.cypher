// Only what the caller's $scope may see is listed or counted (README, "Tenant scoping").
// For each offer, one keyset page of the subscriptions to it, ordered by id.
UNWIND $offerIds AS parentId
CALL (parentId) {
  MATCH (c:Customer)-[:HAS_SUBSCRIPTION]->(s:Subscription)-[:FOR_OFFER]->(:Offer {id: parentId})
  MATCH (s)-[:SOLD_BY]->(p:Partner)
  WHERE ($afterId IS NULL OR s.id > $afterId)
    AND ($scope.all
      OR EXISTS { (s)-[:SOLD_BY|SUPPLIED_BY|DESIGNATED_SUPPORT]->(:Partner {id: $scope.partnerId}) }
      OR EXISTS { (s)-[:FOR_OFFER]->(:Offer)-[:PUBLISHED_BY]->(:Publisher {id: $scope.publisherId}) })
  WITH c, s, p ORDER BY s.id LIMIT toInteger($limit)
  RETURN collect(s { .id, customerId: c.id, offerId: parentId, partnerOfRecordId: p.id, partnerKind: p.kind,
                     indirectProviderId: head([(s)-[:SUPPLIED_BY]->(x:Partner) | x.id]),
                     designatedSupportId: head([(s)-[:DESIGNATED_SUPPORT]->(x:Partner) | x.id]) }) AS nodes
}
CALL (parentId) {
  MATCH (s:Subscription)-[:FOR_OFFER]->(:Offer {id: parentId})
  WHERE ($scope.all
      OR EXISTS { (s)-[:SOLD_BY|SUPPLIED_BY|DESIGNATED_SUPPORT]->(:Partner {id: $scope.partnerId}) }
      OR EXISTS { (s)-[:FOR_OFFER]->(:Offer)-[:PUBLISHED_BY]->(:Publisher {id: $scope.publisherId}) })
  RETURN count(s) AS totalCount
}
RETURN parentId, nodes, totalCount
