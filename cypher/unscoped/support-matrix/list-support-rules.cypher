// The matrix, optionally one offer category and/or one issue type (null: all): third-party rules
// first, then by issue type; steps ordered by rank.
MATCH (r:SupportRule)-[:HAS_STEP]->(step:SupportRuleStep)
WHERE ($offerCategory IS NULL OR r.offerCategory = $offerCategory)
  AND ($issueType IS NULL OR r.issueType = $issueType)
WITH r, step
ORDER BY r.offerCategory DESC, r.issueType, step.rank
RETURN r.offerCategory AS offerCategory, r.issueType AS issueType, true AS found,
       collect(@rule-step-fields(step)) AS steps
