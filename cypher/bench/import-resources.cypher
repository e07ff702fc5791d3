// Bench baseline import (see import-publishers.cypher).
UNWIND $rows AS row
MATCH (o:Offer {id: row.offerId})
MERGE (r:Resource {id: row.id})
SET r.kind = row.kind, r.url = row.url
MERGE (o)-[:HAS_RESOURCE]->(r)
WITH row, row.id AS key
CREATE (:Change {
  id: row.changeId, at: datetime($at), callerId: $callerId, operation: $operation, source: $source,
  entityType: $entityType, entityId: key, before: null, after: row.after
})
