// Creates each new subscription with its offer and its customer link (dated validFrom); its parties
// are set by write/replace-subscription-parties. A subscription's customer and offer never change.
// The subscription is locked first, so concurrent writers never both link it.
UNWIND $rows AS row
MATCH (c:Customer {id: row.customerId})
MATCH (o:Offer {id: row.offerId})
MERGE (s:Subscription {id: row.id})
SET s._lock = true
REMOVE s._lock
MERGE (s)-[:FOR_OFFER]->(o)
WITH row, c, s
WHERE NOT EXISTS { ()-[:HAS_SUBSCRIPTION]->(s) }
CREATE (c)-[:HAS_SUBSCRIPTION {validFrom: datetime(row.validFrom)}]->(s)
