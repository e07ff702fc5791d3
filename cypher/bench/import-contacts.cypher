// Bench baseline import (see import-publishers.cypher).
UNWIND $rows AS row
OPTIONAL MATCH (partner:Partner {id: row.ownerId})
OPTIONAL MATCH (publisher:Publisher {id: row.ownerId})
OPTIONAL MATCH (offer:Offer {id: row.ownerId})
WITH row, coalesce(partner, publisher, offer) AS owner
WHERE owner IS NOT NULL
MERGE (c:SupportContact {id: row.id})
SET c.kind = row.kind, c.name = row.name, c.email = row.email, c.phone = row.phone,
    c.url = row.url, c.hours = row.hours, c.sla = row.sla
MERGE (owner)-[:HAS_CONTACT]->(c)
WITH row, row.id AS key
CREATE (:Change {
  id: row.changeId, at: datetime($at), callerId: $callerId, operation: $operation, source: $source,
  entityType: $entityType, entityId: key, before: null, after: row.after
})
