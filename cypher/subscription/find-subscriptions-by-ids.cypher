UNWIND $ids AS id
MATCH (c:Customer)-[:HAS_SUBSCRIPTION]->(s:Subscription {id: id})
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
