import { ArticleClause, ContactKind, IssueType, OfferCategory, OfferType, ResourceKind, SupportDuty, SupportRole } from './enums';
import { isOneOf, Problem } from './problem';

/** One step of a rule as seeds and users write it. */
export interface SupportRuleStepInput {
  role: SupportRole;
  duty: SupportDuty;
  contactKinds: string[];
  /** The clauses of the article (or PROGRAM_PRACTICE) the step rests on: at least one. */
  clauses: string[];
  /** The offer types the step is limited to; null or absent: every offer. */
  offerTypes?: string[] | null;
  /** The kinds of the offer's resources the step carries (default none). */
  resourceKinds?: string[] | null;
}

/** One rule of the support matrix as seeds and users write it. */
export interface SupportRuleInput {
  offerCategory: OfferCategory;
  issueType: IssueType;
  steps: SupportRuleStepInput[];
}

/** The id a rule is stored under: one rule per (offer category, issue type). */
export function supportRuleId(rule: { offerCategory: OfferCategory; issueType: IssueType }): string {
  return `${rule.offerCategory}:${rule.issueType}`;
}

/** A list field of a step: absent or null is allowed when `optional`, otherwise a list of values of `values`. */
function listProblems(value: unknown, values: Record<string, string>, field: string, what: string, optional: boolean): Problem[] {
  if (value === undefined || value === null) return optional ? [] : [{ field, reason: `${what} are required` }];
  if (!Array.isArray(value)) return [{ field, reason: `${what} must be a list` }];
  const unknown = value.filter((v) => !isOneOf(values, v));
  if (unknown.length) return [{ field, reason: `unknown value "${String(unknown[0])}" (one of ${Object.values(values).join(', ')})` }];
  if (new Set(value).size !== value.length) return [{ field, reason: `${what} must not repeat` }];
  return [];
}

/**
 * The problems that make a rule break the article's invariants (empty when it is sound), each with
 * the field at fault (`offerCategory`, `steps`, `steps[1].duty`…): known enum values; at least one
 * step; the partner of record first; each role at most once; known contact kinds; every step
 * citing at least one clause; on a third-party offer, Microsoft never RESPONSIBLE nor
 * FIRST_CONTACT (MICROSOFT_LIMIT); the indirect provider present, SHARED, right after the partner
 * of record, so that every indirect path has its step (INDIRECT_MODEL); offer-type limits only on
 * known types, and never on those two steps (limited, they would drop out of other offers' paths).
 */
export function supportRuleFieldProblems(rule: SupportRuleInput): Problem[] {
  const problems: Problem[] = [];
  if (!isOneOf(OfferCategory, rule.offerCategory)) problems.push({ field: 'offerCategory', reason: `unknown offerCategory "${rule.offerCategory}"` });
  if (!isOneOf(IssueType, rule.issueType)) problems.push({ field: 'issueType', reason: `unknown issueType "${rule.issueType}"` });
  if (!Array.isArray(rule.steps) || rule.steps.length === 0) return [...problems, { field: 'steps', reason: 'a rule needs at least one step' }];
  if (rule.steps[0].role !== SupportRole.PARTNER_OF_RECORD) problems.push({ field: 'steps', reason: 'the first step must be PARTNER_OF_RECORD' });
  const provider = rule.steps.findIndex((step) => step.role === SupportRole.INDIRECT_PROVIDER);
  if (provider !== 1) {
    problems.push({ field: 'steps', reason: 'the second step must be INDIRECT_PROVIDER: in the indirect model the provider shares the partner\'s duties' });
  } else if (rule.steps[1].duty !== SupportDuty.SHARED) {
    problems.push({ field: 'steps[1].duty', reason: 'the INDIRECT_PROVIDER step is SHARED' });
  }
  const seen = new Set<string>();
  rule.steps.forEach((step, i) => {
    const at = (field: string) => `steps[${i}].${field}`;
    if (!isOneOf(SupportRole, step.role)) problems.push({ field: at('role'), reason: `unknown role "${step.role}"` });
    if (!isOneOf(SupportDuty, step.duty)) problems.push({ field: at('duty'), reason: `unknown duty "${step.duty}"` });
    if (seen.has(step.role)) problems.push({ field: at('role'), reason: `role ${step.role} appears twice` });
    seen.add(step.role);
    problems.push(...listProblems(step.contactKinds, ContactKind, at('contactKinds'), 'contact kinds', false));
    problems.push(...listProblems(step.clauses, ArticleClause, at('clauses'), 'clauses', false));
    if (Array.isArray(step.clauses) && step.clauses.length === 0) problems.push({ field: at('clauses'), reason: 'a step cites at least one clause' });
    problems.push(...listProblems(step.offerTypes, OfferType, at('offerTypes'), 'offer types', true));
    if (Array.isArray(step.offerTypes) && step.offerTypes.length === 0) problems.push({ field: at('offerTypes'), reason: 'leave offerTypes out (null) for every offer, or name at least one type' });
    // Limited to some offer types, these steps would drop out of the other offers' paths: a path
    // not starting with the partner of record, an indirect path without the provider's step.
    if ((step.role === SupportRole.PARTNER_OF_RECORD || step.role === SupportRole.INDIRECT_PROVIDER) && Array.isArray(step.offerTypes)) {
      problems.push({ field: at('offerTypes'), reason: `the ${step.role} step applies to every offer: leave offerTypes out` });
    }
    problems.push(...listProblems(step.resourceKinds, ResourceKind, at('resourceKinds'), 'resource kinds', true));
    if (
      rule.offerCategory === OfferCategory.THIRD_PARTY &&
      step.role === SupportRole.MICROSOFT &&
      (step.duty === SupportDuty.RESPONSIBLE || step.duty === SupportDuty.FIRST_CONTACT)
    ) {
      problems.push({ field: at('duty'), reason: `Microsoft does not support third-party offers (MICROSOFT_LIMIT): never ${step.duty}` });
    }
  });
  return problems;
}

/** The problems of `supportRuleFieldProblems` as sentences (`step 2: unknown duty "NAP"`). */
export function supportRuleProblems(rule: SupportRuleInput): string[] {
  return supportRuleFieldProblems(rule).map(({ field, reason }) => {
    const step = /^steps\[(\d+)\]/.exec(field);
    return step ? `step ${Number(step[1]) + 1}: ${reason}` : reason;
  });
}
