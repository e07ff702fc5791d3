// Bench baseline, not used by the service: supportPath's reads hand-written as one statement —
// the subscription held at $at with its parties, the matrix rule for (offer category, $issueType)
// with its steps by rank, and the contacts of every party a step can bind to.
WITH datetime($at) AS at
MATCH (c:Customer {id: $customerId})-[h:HAS_SUBSCRIPTION]->(s:Subscription {id: $subscriptionId})-[:FOR_OFFER]->(o:Offer {id: $offerId})-[:PUBLISHED_BY]->(pub:Publisher)
WHERE h.validFrom <= at AND (h.validTo IS NULL OR h.validTo > at)
MATCH (s)-[sold:SOLD_BY]->(por:Partner)
WHERE sold.validFrom <= at AND (sold.validTo IS NULL OR sold.validTo > at)
OPTIONAL MATCH (s)-[sup:SUPPLIED_BY]->(provider:Partner)
WHERE sup.validFrom <= at AND (sup.validTo IS NULL OR sup.validTo > at)
OPTIONAL MATCH (s)-[des:DESIGNATED_SUPPORT]->(designated:Partner)
WHERE des.validFrom <= at AND (des.validTo IS NULL OR des.validTo > at)
OPTIONAL MATCH (ms:Publisher {isMicrosoft: true})
WITH c, h, s, o, pub, por, provider, designated, ms LIMIT 1
OPTIONAL MATCH (:SupportRule {offerCategory: CASE WHEN pub.isMicrosoft THEN 'FIRST_PARTY' ELSE 'THIRD_PARTY' END, issueType: $issueType})-[:HAS_STEP]->(step:SupportRuleStep)
WITH c, h, s, o, pub, por, provider, designated, ms, step ORDER BY step.rank
WITH c, h, s, o, pub, por, provider, designated, ms, collect(step { .rank, .role, .duty, .contactKinds, .reason }) AS steps
RETURN c { .id, .name } AS customer,
       s { .id, startedAt: h.validFrom.epochMillis } AS subscription,
       o { .id, .name, contacts: [(o)-[:HAS_CONTACT]->(k:SupportContact) | k { .id, .kind, .name, .email, .phone, .url, .hours, .sla }] } AS offer,
       pub { .id, .name, .isMicrosoft, contacts: [(pub)-[:HAS_CONTACT]->(k:SupportContact) | k { .id, .kind, .name, .email, .phone, .url, .hours, .sla }] } AS publisher,
       por { .id, .name, .kind, contacts: [(por)-[:HAS_CONTACT]->(k:SupportContact) | k { .id, .kind, .name, .email, .phone, .url, .hours, .sla }] } AS partnerOfRecord,
       provider { .id, .name, .kind, contacts: [(provider)-[:HAS_CONTACT]->(k:SupportContact) | k { .id, .kind, .name, .email, .phone, .url, .hours, .sla }] } AS indirectProvider,
       designated { .id, .name, .kind, contacts: [(designated)-[:HAS_CONTACT]->(k:SupportContact) | k { .id, .kind, .name, .email, .phone, .url, .hours, .sla }] } AS designatedSupport,
       ms { .id, .name, contacts: [(ms)-[:HAS_CONTACT]->(k:SupportContact) | k { .id, .kind, .name, .email, .phone, .url, .hours, .sla }] } AS microsoft,
       steps
