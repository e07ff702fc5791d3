// Creates each new subscription with its offer, its customer link and its parties, all dated
// validFrom: its partner of record (SOLD_BY) and its indirect provider (SUPPLIED_BY) when it has
// one; nobody is designated yet. Later changes of parties go through
// write/replace-subscription-parties; a subscription's customer and offer never change. The
// subscription is locked first, so concurrent writers never both link it (the second finds it held).
UNWIND $rows AS row
MATCH (c:Customer {id: row.customerId})
MATCH (o:Offer {id: row.offerId})
OPTIONAL MATCH (partner:Partner {id: row.partnerId})
OPTIONAL MATCH (provider:Partner {id: row.providerId})
MERGE (s:Subscription {id: row.id})
SET s._lock = true
REMOVE s._lock
MERGE (s)-[:FOR_OFFER]->(o)
WITH c, s, partner, provider, datetime(row.validFrom) AS validFrom
WHERE NOT EXISTS { ()-[:HAS_SUBSCRIPTION]->(s) }
CREATE (c)-[:HAS_SUBSCRIPTION {validFrom: validFrom}]->(s)
FOREACH (p IN CASE WHEN partner IS NULL THEN [] ELSE [partner] END | CREATE (s)-[:SOLD_BY {validFrom: validFrom}]->(p))
FOREACH (p IN CASE WHEN provider IS NULL THEN [] ELSE [provider] END | CREATE (s)-[:SUPPLIED_BY {validFrom: validFrom}]->(p))
