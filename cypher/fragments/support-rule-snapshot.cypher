// The stored state of a support rule and its steps, by rank, named by `id`: rows of id, type and
// state, as unscoped/write/find-entity-snapshots returns them (instants in epoch milliseconds).
// The rule is found by its id first, one seek per id: in one pattern, with a few dozen rules in
// the store, Neo4j planned a scan of every rule's id joined with the ids, and
// find-entity-snapshots keeps the plan it makes first (replan=skip).
// @fragment support-rule-snapshot(id)
CALL ({id}) { MATCH (n:SupportRule {id: {id}}) RETURN n }
MATCH (n)-[:HAS_STEP]->(step:SupportRuleStep)
WITH n, step ORDER BY step.rank
WITH n, collect(@rule-step-fields(step)) AS steps
RETURN n.id AS id, 'SupportRule' AS type, n { .offerCategory, .issueType, steps: steps } AS state
