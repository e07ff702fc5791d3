// Yields `scopeCoParties`: when $scope is a partner's, the ids of the partners that share a
// subscription with it at $at (each the partner of record, provider or designated support contact
// of a subscription the scope's partner is also a party of then): the co-party branch of
// @visible-partner, read once for a whole list of partners (@visible-partner-among) instead of once
// per partner, where Neo4j plans it from the scope's partner and walks all its links each time.
// Empty for any other scope.
// @fragment scope-co-parties()
CALL () {
  OPTIONAL MATCH (:Partner {id: $scope.partnerId})<-[mine:SOLD_BY|SUPPLIED_BY|DESIGNATED_SUPPORT WHERE @in-force(mine)]-(:Subscription)-[party:SOLD_BY|SUPPLIED_BY|DESIGNATED_SUPPORT WHERE @in-force(party)]->(coParty:Partner)
  RETURN collect(DISTINCT coParty.id) AS scopeCoParties
}
