// The fields of a SupportRuleStepRecord (src/graph/records.ts).
// @fragment rule-step-fields(step)
{step} { .rank, .role, .duty, .contactKinds, .clauses, .offerTypes, .resourceKinds }
