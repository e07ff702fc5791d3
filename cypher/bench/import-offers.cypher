// Bench baseline import (see import-publishers.cypher).
UNWIND $rows AS row
MATCH (pub:Publisher {id: row.publisherId})
MERGE (o:Offer {id: row.id})
SET o.name = row.name
MERGE (o)-[:PUBLISHED_BY]->(pub)
WITH row, row.id AS key
CREATE (:Change {
  id: row.changeId, at: datetime($at), callerId: $callerId, operation: $operation, source: $source,
  entityType: $entityType, entityId: key, before: null, after: row.after
})
