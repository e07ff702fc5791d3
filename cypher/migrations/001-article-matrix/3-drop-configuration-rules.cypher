// CONFIGURATION was read as product configuration; the article means account setup
// (ACCOUNT_SETUP), and product configuration is TECHNICAL. The old rule goes.
MATCH (r:SupportRule {issueType: 'CONFIGURATION'})
OPTIONAL MATCH (r)-[:HAS_STEP]->(s:SupportRuleStep)
DETACH DELETE r, s
