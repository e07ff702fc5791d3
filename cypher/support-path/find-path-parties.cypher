// For each subscription as held at $at (ISO-8601): its customer and offer, and every party a
// support step can bind to: its partner of record, the indirect provider it bought through (if
// any), the reseller designated as its support contact (if any), the offer's publisher and
// Microsoft. Relationships not in force at $at are ignored; a subscription not held then is absent.
// With each: the support matrix's version (null before its first write), so a cached matrix is
// known to be current without another round trip.
CALL () {
  OPTIONAL MATCH (m:SupportMatrix {id: 'support-matrix'})
  RETURN m.version AS matrixVersion
}
WITH datetime($at) AS at, matrixVersion
UNWIND $subscriptionIds AS subscriptionId
CALL (subscriptionId, at) {
  MATCH (s:Subscription {id: subscriptionId})-[:FOR_OFFER]->(o:Offer)-[:PUBLISHED_BY]->(pub:Publisher)
  MATCH (c:Customer)-[h:HAS_SUBSCRIPTION]->(s)
  WHERE h.validFrom <= at AND (h.validTo IS NULL OR h.validTo > at)
  MATCH (s)-[sold:SOLD_BY]->(por:Partner)
  WHERE sold.validFrom <= at AND (sold.validTo IS NULL OR sold.validTo > at)
  OPTIONAL MATCH (s)-[sup:SUPPLIED_BY]->(provider:Partner)
  WHERE sup.validFrom <= at AND (sup.validTo IS NULL OR sup.validTo > at)
  OPTIONAL MATCH (s)-[des:DESIGNATED_SUPPORT]->(designated:Partner)
  WHERE des.validFrom <= at AND (des.validTo IS NULL OR des.validTo > at)
  OPTIONAL MATCH (ms:Publisher {isMicrosoft: true})
  RETURN c { .id, .name } AS customer,
         o { .id, .name } AS offer,
         pub { .id, .name, .isMicrosoft } AS publisher,
         por { .id, .name, .kind } AS partnerOfRecord,
         provider { .id, .name, .kind } AS indirectProvider,
         designated { .id, .name, .kind } AS designatedSupport,
         ms { .id, .name, .isMicrosoft } AS microsoft,
         h.validFrom.epochMillis AS startedAt,
         h.validTo.epochMillis AS endedAt
  LIMIT 1
}
RETURN subscriptionId, customer, offer, publisher, partnerOfRecord, indirectProvider, designatedSupport, microsoft, startedAt, endedAt, matrixVersion
