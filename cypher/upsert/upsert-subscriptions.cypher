// Creates each new subscription with its offer, its customer link and its parties, all dated
// validFrom, and ended at validTo when the row has one: its partner of record (SOLD_BY) and its
// indirect provider (SUPPLIED_BY) when it has one; nobody is designated yet. Later changes of
// parties go through write/replace-subscription-parties; a subscription's customer and offer
// never change.
// CREATE, not MERGE: the caller passes only rows it found absent while holding the subscriptions'
// creation gate (write/lock-creations), so no concurrent write can create one of them meanwhile,
// and a retried transaction reads again and finds them held. Should one exist all the same, the
// uniqueness constraint fails the whole transaction rather than linking it twice.
UNWIND $rows AS row
MATCH (c:Customer {id: row.customerId})
MATCH (o:Offer {id: row.offerId})
OPTIONAL MATCH (partner:Partner {id: row.partnerId})
OPTIONAL MATCH (provider:Partner {id: row.providerId})
WITH row, c, o, partner, provider, datetime(row.validFrom) AS validFrom, datetime(row.validTo) AS validTo
CREATE (c)-[:HAS_SUBSCRIPTION {validFrom: validFrom, validTo: validTo}]->(s:Subscription {id: row.id})-[:FOR_OFFER]->(o)
FOREACH (p IN CASE WHEN partner IS NULL THEN [] ELSE [partner] END | CREATE (s)-[:SOLD_BY {validFrom: validFrom, validTo: validTo}]->(p))
FOREACH (p IN CASE WHEN provider IS NULL THEN [] ELSE [provider] END | CREATE (s)-[:SUPPLIED_BY {validFrom: validFrom, validTo: validTo}]->(p))
