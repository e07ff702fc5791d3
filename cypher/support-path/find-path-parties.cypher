// The customer, the offer and every party a support step can bind to, for one subscription: its partner of record, the
// indirect provider it bought through (if any), the offer's publisher and Microsoft.
MATCH (s:Subscription {id: $subscriptionId})-[:FOR_OFFER]->(o:Offer)-[:PUBLISHED_BY]->(pub:Publisher)
MATCH (s)-[:SOLD_BY]->(por:Partner)
MATCH (c:Customer)-[:HAS_SUBSCRIPTION]->(s)
OPTIONAL MATCH (s)-[:SUPPLIED_BY]->(provider:Partner)
OPTIONAL MATCH (ms:Publisher {isMicrosoft: true})
RETURN c { .id, .name } AS customer,
       o { .id, .name } AS offer,
       pub { .id, .name, .isMicrosoft } AS publisher,
       por { .id, .name, .kind } AS partnerOfRecord,
       provider { .id, .name, .kind } AS indirectProvider,
       ms { .id, .name, .isMicrosoft } AS microsoft
LIMIT 1
