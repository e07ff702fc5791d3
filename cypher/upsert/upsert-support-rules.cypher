// Replaces each rule's ordered steps. Step ids are `<rule id>:<rank>`, so a second load MERGEs
// onto the same nodes, and steps past the new last rank are removed. Every write moves the
// matrix's version (locked first, so two writers never give the same one): instances that cache
// the matrix read the version with each path (support-path/find-path-parties) and drop theirs.
UNWIND $rules AS rule
MERGE (r:SupportRule {id: rule.id})
SET r.offerCategory = rule.offerCategory, r.issueType = rule.issueType
WITH r, rule
CALL (r, rule) {
  OPTIONAL MATCH (r)-[:HAS_STEP]->(old:SupportRuleStep)
  WHERE old.rank > size(rule.steps)
  DETACH DELETE old
}
WITH r, rule
UNWIND range(1, size(rule.steps)) AS rank
WITH r, rule, rank, rule.steps[rank - 1] AS step
MERGE (s:SupportRuleStep {id: rule.id + ':' + toString(rank)})
SET s.rank = rank, s.role = step.role, s.duty = step.duty, s.contactKinds = step.contactKinds,
    s.reason = step.reason
MERGE (r)-[:HAS_STEP]->(s)
WITH count(*) AS written
MERGE (m:SupportMatrix {id: 'support-matrix'})
SET m._lock = true
REMOVE m._lock
SET m.version = coalesce(m.version, 0) + 1
