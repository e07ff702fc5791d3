import { ContactKind, IssueType, OfferCategory, SupportDuty, SupportRole } from './enums';
import { isOneOf, Problem } from './problem';

/** One rule of the support matrix as seeds and users write it. */
export interface SupportRuleInput {
  offerCategory: OfferCategory;
  issueType: IssueType;
  steps: Array<{ role: SupportRole; duty: SupportDuty; contactKinds: string[]; reason: string }>;
}

/** The id a rule is stored under: one rule per (offer category, issue type). */
export function supportRuleId(rule: { offerCategory: OfferCategory; issueType: IssueType }): string {
  return `${rule.offerCategory}:${rule.issueType}`;
}

/**
 * The problems that make a rule break the article's invariants (empty when it is sound), each with
 * the field at fault (`offerCategory`, `steps`, `steps[1].duty`…): known enum values, at least one
 * step, the partner of record first, each role at most once, known contact kinds, a reason on
 * every step, and Microsoft never RESPONSIBLE for a third-party TECHNICAL issue.
 */
export function supportRuleFieldProblems(rule: SupportRuleInput): Problem[] {
  const problems: Problem[] = [];
  if (!isOneOf(OfferCategory, rule.offerCategory)) problems.push({ field: 'offerCategory', reason: `unknown offerCategory "${rule.offerCategory}"` });
  if (!isOneOf(IssueType, rule.issueType)) problems.push({ field: 'issueType', reason: `unknown issueType "${rule.issueType}"` });
  if (!Array.isArray(rule.steps) || rule.steps.length === 0) return [...problems, { field: 'steps', reason: 'a rule needs at least one step' }];
  if (rule.steps[0].role !== SupportRole.PARTNER_OF_RECORD) problems.push({ field: 'steps', reason: 'the first step must be PARTNER_OF_RECORD' });
  const seen = new Set<string>();
  rule.steps.forEach((step, i) => {
    const at = (field: string) => `steps[${i}].${field}`;
    if (!isOneOf(SupportRole, step.role)) problems.push({ field: at('role'), reason: `unknown role "${step.role}"` });
    if (!isOneOf(SupportDuty, step.duty)) problems.push({ field: at('duty'), reason: `unknown duty "${step.duty}"` });
    if (seen.has(step.role)) problems.push({ field: at('role'), reason: `role ${step.role} appears twice` });
    seen.add(step.role);
    if (!Array.isArray(step.contactKinds) || step.contactKinds.some((k) => typeof k !== 'string' || !k)) {
      problems.push({ field: at('contactKinds'), reason: 'contactKinds must be a list of kinds' });
    } else {
      const unknown = step.contactKinds.filter((k) => !isOneOf(ContactKind, k));
      if (unknown.length) problems.push({ field: at('contactKinds'), reason: `unknown contact kind "${unknown[0]}" (one of ${Object.values(ContactKind).join(', ')})` });
    }
    if (typeof step.reason !== 'string' || !step.reason.trim()) problems.push({ field: at('reason'), reason: 'a reason is required' });
    if (
      rule.offerCategory === OfferCategory.THIRD_PARTY &&
      rule.issueType === IssueType.TECHNICAL &&
      step.role === SupportRole.MICROSOFT &&
      step.duty === SupportDuty.RESPONSIBLE
    ) {
      problems.push({ field: at('duty'), reason: "Microsoft is never RESPONSIBLE for a third-party offer's TECHNICAL issue" });
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
