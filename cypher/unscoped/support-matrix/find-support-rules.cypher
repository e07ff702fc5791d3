// One row per requested (offerCategory, issueType) key, in key order; steps ordered by rank.
UNWIND range(0, size($keys) - 1) AS i
WITH i, $keys[i] AS key
OPTIONAL MATCH (r:SupportRule {offerCategory: key.offerCategory, issueType: key.issueType})-[:HAS_STEP]->(step:SupportRuleStep)
WITH i, key, r, step
ORDER BY i, step.rank
WITH i, key, r, collect(@rule-step-fields(step)) AS steps
ORDER BY i
RETURN key.offerCategory AS offerCategory, key.issueType AS issueType, r IS NOT NULL AS found, steps
