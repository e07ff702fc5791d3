import { IssueType, OfferCategory, SupportDuty, SupportRole } from './enums';

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

const isOneOf = <T extends string>(values: Record<string, T>, value: unknown): value is T =>
  typeof value === 'string' && (Object.values(values) as string[]).includes(value);

/**
 * The problems that make a rule break the article's invariants (empty when it is sound): known
 * enum values, at least one step, the partner of record first, each role at most once, a reason
 * on every step, and Microsoft never RESPONSIBLE for a third-party TECHNICAL issue.
 */
export function supportRuleProblems(rule: SupportRuleInput): string[] {
  const problems: string[] = [];
  if (!isOneOf(OfferCategory, rule.offerCategory)) problems.push(`unknown offerCategory "${rule.offerCategory}"`);
  if (!isOneOf(IssueType, rule.issueType)) problems.push(`unknown issueType "${rule.issueType}"`);
  if (!Array.isArray(rule.steps) || rule.steps.length === 0) return [...problems, 'a rule needs at least one step'];
  if (rule.steps[0].role !== SupportRole.PARTNER_OF_RECORD) problems.push('the first step must be PARTNER_OF_RECORD');
  const seen = new Set<string>();
  rule.steps.forEach((step, i) => {
    const at = `step ${i + 1}`;
    if (!isOneOf(SupportRole, step.role)) problems.push(`${at}: unknown role "${step.role}"`);
    if (!isOneOf(SupportDuty, step.duty)) problems.push(`${at}: unknown duty "${step.duty}"`);
    if (seen.has(step.role)) problems.push(`${at}: role ${step.role} appears twice`);
    seen.add(step.role);
    if (!Array.isArray(step.contactKinds) || step.contactKinds.some((k) => typeof k !== 'string' || !k)) {
      problems.push(`${at}: contactKinds must be a list of kinds`);
    }
    if (typeof step.reason !== 'string' || !step.reason.trim()) problems.push(`${at}: a reason is required`);
    if (
      rule.offerCategory === OfferCategory.THIRD_PARTY &&
      rule.issueType === IssueType.TECHNICAL &&
      step.role === SupportRole.MICROSOFT &&
      step.duty === SupportDuty.RESPONSIBLE
    ) {
      problems.push(`${at}: Microsoft is never RESPONSIBLE for a third-party offer's TECHNICAL issue`);
    }
  });
  return problems;
}
