// Replaces the ordered steps of the rule `rule` ({id, offerCategory, issueType, steps}) bound to
// `r` (a SupportRule already MERGEd): step ids are `<rule id>:<rank>`, so a second load MERGEs onto
// the same nodes, and steps past the new last rank are removed. Ends with one row per step.
// @fragment replace-rule-steps(r, rule)
SET {r}.offerCategory = {rule}.offerCategory, {r}.issueType = {rule}.issueType
WITH {r}, {rule}
CALL ({r}, {rule}) {
  OPTIONAL MATCH ({r})-[:HAS_STEP]->(old:SupportRuleStep)
  WHERE old.rank > size({rule}.steps)
  DETACH DELETE old
}
WITH {r}, {rule}
UNWIND range(1, size({rule}.steps)) AS rank
WITH {r}, {rule}, rank, {rule}.steps[rank - 1] AS step
MERGE (s:SupportRuleStep {id: {rule}.id + ':' + toString(rank)})
SET s.rank = rank, s.role = step.role, s.duty = step.duty, s.contactKinds = step.contactKinds,
    s.clauses = step.clauses, s.offerTypes = step.offerTypes, s.resourceKinds = coalesce(step.resourceKinds, [])
REMOVE s.reason
MERGE ({r})-[:HAS_STEP]->(s)
