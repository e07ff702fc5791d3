// @visible-partner(partner) for a statement that tests many partners: the same rule, with its
// co-party branch read from `coParties` (@scope-co-parties, empty unless the scope is a partner's)
// (test/integration/security/visible-partner-among.test.ts holds the two to the same answers).
// @fragment visible-partner-among(partner, coParties)
(@visible-partner-unless-co-party({partner}) OR {partner}.id IN {coParties})
