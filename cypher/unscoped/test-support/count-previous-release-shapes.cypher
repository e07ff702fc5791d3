// What a store of the previous release has that this one no longer writes, and which migrations
// are recorded (for the migration test).
RETURN COUNT { (o:Offer) WHERE o.offerType IS NULL } AS untyped,
       COUNT { (c:SupportContact) WHERE c.audience IS NULL } AS noAudience,
       COUNT { (r:SupportRule {issueType: 'CONFIGURATION'}) } AS configuration,
       COUNT { (s:SupportRuleStep) WHERE s.reason IS NOT NULL } AS reasons,
       COUNT { (s:SupportRuleStep) WHERE s.clauses IS NULL } AS noClauses,
       COLLECT { MATCH (m:Migration) RETURN m.id ORDER BY m.id } AS migrations
