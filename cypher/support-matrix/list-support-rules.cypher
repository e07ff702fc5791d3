MATCH (r:SupportRule)-[:HAS_STEP]->(step:SupportRuleStep)
WITH r, step
ORDER BY r.offerCategory DESC, r.issueType, step.rank
RETURN r.offerCategory AS offerCategory, r.issueType AS issueType, true AS found,
       collect(step { .rank, .role, .duty, .contactKinds, .reason }) AS steps
