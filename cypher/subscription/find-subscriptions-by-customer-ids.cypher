// The customers' subscriptions as of $at (default: now), with the parties they had then; ended
// subscriptions and ended relationships are left out.
WITH datetime($at) AS at
UNWIND $ids AS customerId
MATCH (:Customer {id: customerId})-[h:HAS_SUBSCRIPTION]->(s:Subscription)
WHERE h.validFrom <= at AND (h.validTo IS NULL OR h.validTo > at)
CALL (s, at) {
  MATCH (s)-[:FOR_OFFER]->(o:Offer)
  MATCH (s)-[sold:SOLD_BY]->(p:Partner)
  WHERE sold.validFrom <= at AND (sold.validTo IS NULL OR sold.validTo > at)
  OPTIONAL MATCH (s)-[sup:SUPPLIED_BY]->(provider:Partner)
  WHERE sup.validFrom <= at AND (sup.validTo IS NULL OR sup.validTo > at)
  RETURN o.id AS offerId, p.id AS partnerOfRecordId, p.kind AS partnerKind, provider.id AS indirectProviderId
  LIMIT 1
}
WITH customerId, s, h, offerId, partnerOfRecordId, partnerKind, indirectProviderId
ORDER BY s.id
RETURN s.id AS id, customerId, offerId, partnerOfRecordId, partnerKind, indirectProviderId,
       h.validFrom.epochMillis AS startedAt, h.validTo.epochMillis AS endedAt
