// Subscriptions by id with their current parties or, for an ended one, the parties it ended with.
UNWIND $ids AS id
MATCH (c:Customer)-[h:HAS_SUBSCRIPTION]->(s:Subscription {id: id})
CALL (s, h) {
  MATCH (s)-[:FOR_OFFER]->(o:Offer)
  MATCH (s)-[sold:SOLD_BY]->(p:Partner)
  WHERE sold.validTo IS NULL OR sold.validTo = h.validTo
  OPTIONAL MATCH (s)-[sup:SUPPLIED_BY]->(provider:Partner)
  WHERE sup.validTo IS NULL OR sup.validTo = h.validTo
  RETURN o.id AS offerId, p.id AS partnerOfRecordId, p.kind AS partnerKind, provider.id AS indirectProviderId
  ORDER BY sold.validFrom DESC, sup.validFrom DESC
  LIMIT 1
}
RETURN s.id AS id, c.id AS customerId, offerId, partnerOfRecordId, partnerKind, indirectProviderId,
       h.validFrom.epochMillis AS startedAt, h.validTo.epochMillis AS endedAt
