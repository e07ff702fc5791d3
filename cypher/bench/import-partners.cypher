// Bench baseline import (see import-publishers.cypher).
UNWIND $rows AS row
MERGE (p:Partner {id: row.id})
SET p.name = row.name, p.kind = row.kind
WITH row, row.id AS key
CREATE (:Change {
  id: row.changeId, at: datetime($at), callerId: $callerId, operation: $operation, source: $source,
  entityType: $entityType, entityId: key, before: null, after: row.after
})
