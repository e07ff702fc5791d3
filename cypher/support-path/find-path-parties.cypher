// For each subscription: its customer and offer, and every party a support step can bind to: its
// partner of record, the indirect provider it bought through (if any), the reseller designated as
// its support contact (if any), the offer's publisher and Microsoft. Unknown ids are absent.
UNWIND $subscriptionIds AS subscriptionId
CALL (subscriptionId) {
  MATCH (s:Subscription {id: subscriptionId})-[:FOR_OFFER]->(o:Offer)-[:PUBLISHED_BY]->(pub:Publisher)
  MATCH (s)-[:SOLD_BY]->(por:Partner)
  MATCH (c:Customer)-[:HAS_SUBSCRIPTION]->(s)
  OPTIONAL MATCH (s)-[:SUPPLIED_BY]->(provider:Partner)
  OPTIONAL MATCH (s)-[:DESIGNATED_SUPPORT]->(designated:Partner)
  OPTIONAL MATCH (ms:Publisher {isMicrosoft: true})
  RETURN c { .id, .name } AS customer,
         o { .id, .name } AS offer,
         pub { .id, .name, .isMicrosoft } AS publisher,
         por { .id, .name, .kind } AS partnerOfRecord,
         provider { .id, .name, .kind } AS indirectProvider,
         designated { .id, .name, .kind } AS designatedSupport,
         ms { .id, .name, .isMicrosoft } AS microsoft
  LIMIT 1
}
RETURN subscriptionId, customer, offer, publisher, partnerOfRecord, indirectProvider, designatedSupport, microsoft
