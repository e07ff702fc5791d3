// Bench baseline import (see import-publishers.cypher).
UNWIND $rows AS row
MATCH (c:Customer {id: row.customerId})
MATCH (o:Offer {id: row.offerId})
MATCH (partner:Partner {id: row.partnerId})
OPTIONAL MATCH (provider:Partner {id: row.providerId})
MERGE (s:Subscription {id: row.id})
MERGE (s)-[:FOR_OFFER]->(o)
WITH row, c, s, partner, provider, datetime(coalesce(row.validFrom, $at)) AS validFrom,
     CASE WHEN row.validTo IS NULL THEN null ELSE datetime(row.validTo) END AS validTo
MERGE (c)-[h:HAS_SUBSCRIPTION]->(s)
ON CREATE SET h.validFrom = validFrom, h.validTo = validTo
MERGE (s)-[sold:SOLD_BY]->(partner)
ON CREATE SET sold.validFrom = validFrom, sold.validTo = validTo
FOREACH (p IN CASE WHEN provider IS NULL THEN [] ELSE [provider] END |
  MERGE (s)-[sup:SUPPLIED_BY]->(p)
  ON CREATE SET sup.validFrom = validFrom, sup.validTo = validTo)
WITH row, row.id AS key
CREATE (:Change {
  id: row.changeId, at: datetime($at), callerId: $callerId, operation: $operation, source: $source,
  entityType: $entityType, entityId: key, before: null, after: row.after
})
