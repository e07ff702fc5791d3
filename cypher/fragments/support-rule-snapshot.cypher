// The stored state of a support rule and its steps, by rank, named by `id`: rows of id, type and
// state, as unscoped/write/find-entity-snapshots returns them (instants in epoch milliseconds).
// @fragment support-rule-snapshot(id)
MATCH (n:SupportRule {id: {id}})-[:HAS_STEP]->(step:SupportRuleStep)
WITH n, step ORDER BY step.rank
WITH n, collect(@rule-step-fields(step)) AS steps
RETURN n.id AS id, 'SupportRule' AS type, n { .offerCategory, .issueType, steps: steps } AS state
