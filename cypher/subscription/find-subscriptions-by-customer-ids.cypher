// The subscriptions of these customers that the caller's $scope may see.
UNWIND $ids AS customerId
MATCH (:Customer {id: customerId})-[:HAS_SUBSCRIPTION]->(s:Subscription)
WHERE $scope.all
   OR EXISTS { (s)-[:SOLD_BY|SUPPLIED_BY|DESIGNATED_SUPPORT]->(:Partner {id: $scope.partnerId}) }
   OR EXISTS { (s)-[:FOR_OFFER]->(:Offer)-[:PUBLISHED_BY]->(:Publisher {id: $scope.publisherId}) }
CALL (s) {
  MATCH (s)-[:FOR_OFFER]->(o:Offer)
  MATCH (s)-[:SOLD_BY]->(p:Partner)
  OPTIONAL MATCH (s)-[:SUPPLIED_BY]->(provider:Partner)
  OPTIONAL MATCH (s)-[:DESIGNATED_SUPPORT]->(designated:Partner)
  RETURN o.id AS offerId, p.id AS partnerOfRecordId, p.kind AS partnerKind, provider.id AS indirectProviderId,
         designated.id AS designatedSupportId
  LIMIT 1
}
WITH customerId, s, offerId, partnerOfRecordId, partnerKind, indirectProviderId, designatedSupportId
ORDER BY s.id
RETURN s.id AS id, customerId, offerId, partnerOfRecordId, partnerKind, indirectProviderId, designatedSupportId
