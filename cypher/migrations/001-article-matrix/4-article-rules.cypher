// Every rule whose steps cite no clause (all rules of the old matrix) becomes the default matrix's
// ($defaultRules, from seeds/support-matrix.json), and a store that has a matrix gets the rules it
// lacks (ACCOUNT_SETUP). A new, empty store is left to the seeds.
UNWIND $defaultRules AS rule
OPTIONAL MATCH (old:SupportRule {id: rule.id})
WITH rule, old
WHERE (old IS NULL AND EXISTS { (:SupportRule) })
   OR EXISTS { (old)-[:HAS_STEP]->(s:SupportRuleStep) WHERE s.clauses IS NULL }
MERGE (r:SupportRule {id: rule.id})
@replace-rule-steps(r, rule)
@bump-matrix-version()
