// Test support (test/integration/security/visible-partner-among.test.ts): the partners $scope may
// see at $at, by the rule itself (@visible-partner, one partner at a time).
MATCH (p:Partner)
WHERE @visible-partner(p)
RETURN collect(p.id) AS partnerIds
