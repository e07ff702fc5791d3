// The audit records asked for: those of $entityId (and, if given too, of $clientMutationId), or
// else those of $clientMutationId, each found through its index. Binds `change`, visible only to a
// caller whose $scope is all (the audit trail spans every organisation).
// @fragment match-changes(change)
CALL () {
  MATCH ({change}:Change {entityId: $entityId})
  WHERE $clientMutationId IS NULL OR {change}.clientMutationId = $clientMutationId
  RETURN {change}
  UNION
  MATCH ({change}:Change {clientMutationId: $clientMutationId})
  WHERE $entityId IS NULL
  RETURN {change}
}
WITH {change} WHERE $scope.all
