// Replaces each rule's ordered steps (@replace-rule-steps), then moves the matrix's version.
UNWIND $rules AS rule
MERGE (r:SupportRule {id: rule.id})
@replace-rule-steps(r, rule)
@bump-matrix-version()
