// Subscriptions with these ids that the caller's $scope may see.
UNWIND $ids AS id
MATCH (c:Customer)-[:HAS_SUBSCRIPTION]->(s:Subscription {id: id})
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
RETURN s.id AS id, c.id AS customerId, offerId, partnerOfRecordId, partnerKind, indirectProviderId, designatedSupportId
