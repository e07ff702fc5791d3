// Only what the caller's $scope may see is listed or counted (README, "Tenant scoping").
// For each customer, one keyset page of its subscriptions, ordered by id.
UNWIND $customerIds AS parentId
CALL (parentId) {
  MATCH (:Customer {id: parentId})-[:HAS_SUBSCRIPTION]->(s:Subscription)-[:FOR_OFFER]->(o:Offer)
  MATCH (s)-[:SOLD_BY]->(p:Partner)
  WHERE ($afterId IS NULL OR s.id > $afterId)
    AND ($scope.all
      OR EXISTS { (s)-[:SOLD_BY|SUPPLIED_BY|DESIGNATED_SUPPORT]->(:Partner {id: $scope.partnerId}) }
      OR EXISTS { (s)-[:FOR_OFFER]->(:Offer)-[:PUBLISHED_BY]->(:Publisher {id: $scope.publisherId}) })
  WITH s, o, p ORDER BY s.id LIMIT toInteger($limit)
  RETURN collect(s { .id, customerId: parentId, offerId: o.id, partnerOfRecordId: p.id, partnerKind: p.kind,
                     indirectProviderId: head([(s)-[:SUPPLIED_BY]->(x:Partner) | x.id]),
                     designatedSupportId: head([(s)-[:DESIGNATED_SUPPORT]->(x:Partner) | x.id]) }) AS nodes
}
CALL (parentId) {
  MATCH (:Customer {id: parentId})-[:HAS_SUBSCRIPTION]->(s:Subscription)
  WHERE ($scope.all
      OR EXISTS { (s)-[:SOLD_BY|SUPPLIED_BY|DESIGNATED_SUPPORT]->(:Partner {id: $scope.partnerId}) }
      OR EXISTS { (s)-[:FOR_OFFER]->(:Offer)-[:PUBLISHED_BY]->(:Publisher {id: $scope.publisherId}) })
  RETURN count(s) AS totalCount
}
RETURN parentId, nodes, totalCount
