// One audit record per changed entity: who, when, by which operation, its state before and after
// (JSON text; null before a creation and after a removal), and the idempotency key it came with.
UNWIND $changes AS change
CREATE (:Change {
  id: change.id, at: datetime($at), callerId: $callerId, operation: $operation, source: $source,
  entityType: change.entityType, entityId: change.entityId, before: change.before, after: change.after,
  clientMutationId: $clientMutationId
})
