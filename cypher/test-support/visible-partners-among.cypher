// Test support (test/integration/security/visible-partner-among.test.ts): the same as
// test-support/visible-partners, as a statement testing many partners finds them
// (@visible-partner-among, with the scope's co-parties read once).
@scope-co-parties()
MATCH (p:Partner)
WHERE @visible-partner-among(p, scopeCoParties)
RETURN collect(p.id) AS partnerIds
