// Replaces each rule's ordered steps (@replace-rule-steps).
UNWIND $rules AS rule
MERGE (r:SupportRule {id: rule.id})
@replace-rule-steps(r, rule)
