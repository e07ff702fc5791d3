// Bench baseline import (see import-publishers.cypher).
UNWIND $rows AS row
MERGE (c:Customer {id: row.id})
SET c.name = row.name
WITH row, row.id AS key
CREATE (:Change {
  id: row.changeId, at: datetime($at), callerId: $callerId, operation: $operation, source: $source,
  entityType: $entityType, entityId: key, before: null, after: row.after
})
