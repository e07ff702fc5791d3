// Subscriptions by id that the caller's $scope may see (through any relationship, past or
// present), with their current parties or, for an ended one, the parties it ended with.
UNWIND $ids AS id
MATCH (c:Customer)-[h:HAS_SUBSCRIPTION]->(s:Subscription {id: id})
WHERE $scope.all
   OR EXISTS { (s)-[:SOLD_BY|SUPPLIED_BY|DESIGNATED_SUPPORT]->(:Partner {id: $scope.partnerId}) }
   OR EXISTS { (s)-[:FOR_OFFER]->(:Offer)-[:PUBLISHED_BY]->(:Publisher {id: $scope.publisherId}) }
CALL (s, h) {
  MATCH (s)-[:FOR_OFFER]->(o:Offer)
  MATCH (s)-[sold:SOLD_BY]->(p:Partner)
  WHERE sold.validTo IS NULL OR sold.validTo = h.validTo
  OPTIONAL MATCH (s)-[sup:SUPPLIED_BY]->(provider:Partner)
  WHERE sup.validTo IS NULL OR sup.validTo = h.validTo
  OPTIONAL MATCH (s)-[des:DESIGNATED_SUPPORT]->(designated:Partner)
  WHERE des.validTo IS NULL
  RETURN o.id AS offerId, p.id AS partnerOfRecordId, p.kind AS partnerKind, provider.id AS indirectProviderId,
         designated.id AS designatedSupportId
  ORDER BY sold.validFrom DESC, sup.validFrom DESC
  LIMIT 1
}
RETURN s.id AS id, c.id AS customerId, offerId, partnerOfRecordId, partnerKind, indirectProviderId, designatedSupportId,
       h.validFrom.epochMillis AS startedAt, h.validTo.epochMillis AS endedAt
