// The customers' subscriptions as of $at (default: now) that the caller's $scope may see, with the
// parties they had then; ended subscriptions and ended relationships are left out.
WITH datetime($at) AS at
UNWIND $ids AS customerId
MATCH (:Customer {id: customerId})-[h:HAS_SUBSCRIPTION]->(s:Subscription)
WHERE h.validFrom <= at AND (h.validTo IS NULL OR h.validTo > at)
  AND ($scope.all
    OR EXISTS {
      MATCH (s)-[r:SOLD_BY|SUPPLIED_BY|DESIGNATED_SUPPORT]->(:Partner {id: $scope.partnerId})
      WHERE r.validFrom <= at AND (r.validTo IS NULL OR r.validTo > at)
    }
    OR EXISTS { (s)-[:FOR_OFFER]->(:Offer)-[:PUBLISHED_BY]->(:Publisher {id: $scope.publisherId}) })
CALL (s, at) {
  MATCH (s)-[:FOR_OFFER]->(o:Offer)
  MATCH (s)-[sold:SOLD_BY]->(p:Partner)
  WHERE sold.validFrom <= at AND (sold.validTo IS NULL OR sold.validTo > at)
  OPTIONAL MATCH (s)-[sup:SUPPLIED_BY]->(provider:Partner)
  WHERE sup.validFrom <= at AND (sup.validTo IS NULL OR sup.validTo > at)
  OPTIONAL MATCH (s)-[des:DESIGNATED_SUPPORT]->(designated:Partner)
  WHERE des.validFrom <= at AND (des.validTo IS NULL OR des.validTo > at)
  RETURN o.id AS offerId, p.id AS partnerOfRecordId, p.kind AS partnerKind, provider.id AS indirectProviderId,
         designated.id AS designatedSupportId
  LIMIT 1
}
WITH customerId, s, h, offerId, partnerOfRecordId, partnerKind, indirectProviderId, designatedSupportId
ORDER BY s.id
RETURN s.id AS id, customerId, offerId, partnerOfRecordId, partnerKind, indirectProviderId, designatedSupportId,
       h.validFrom.epochMillis AS startedAt, h.validTo.epochMillis AS endedAt
