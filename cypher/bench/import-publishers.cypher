// Bench baseline import, not used by the service: plain batched UNWIND … MERGE of one set with
// one audit record per row (no validation, no read-back). $rows carry `after` (the row as JSON) and `changeId`.
UNWIND $rows AS row
MERGE (p:Publisher {id: row.id})
SET p.name = row.name, p.isMicrosoft = coalesce(row.isMicrosoft, false)
WITH row, row.id AS key
CREATE (:Change {
  id: row.changeId, at: datetime($at), callerId: $callerId, operation: $operation, source: $source,
  entityType: $entityType, entityId: key, before: null, after: row.after
})
