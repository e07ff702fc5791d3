import { supportRuleProblems, SupportRuleStepInput } from '../../src/domain/support-matrix';
import { ArticleClause, IssueType, OfferCategory, SupportDuty, SupportRole } from '../../src/domain/enums';
import { readDefaultMatrix } from '../../src/graph/seed-loader';

const step = (role: SupportRole, duty: SupportDuty, clauses: string[] = [ArticleClause.PARTNER_ROLE]) => ({ role, duty, contactKinds: ['SUPPORT_DESK'], clauses });
const POR = step(SupportRole.PARTNER_OF_RECORD, SupportDuty.RESPONSIBLE);
const PROVIDER = step(SupportRole.INDIRECT_PROVIDER, SupportDuty.SHARED, [ArticleClause.INDIRECT_MODEL]);
const rule = (issueType: IssueType, steps: SupportRuleStepInput[], offerCategory = OfferCategory.THIRD_PARTY) => ({ offerCategory, issueType, steps });

test('the default matrix in seeds/ is sound and covers every issue type for both categories', () => {
  const rules = readDefaultMatrix().rules;
  for (const r of rules) expect(supportRuleProblems(r)).toEqual([]);
  const keys = rules.map((r) => `${r.offerCategory}:${r.issueType}`).sort();
  const expected = Object.values(OfferCategory).flatMap((c) => Object.values(IssueType).map((i) => `${c}:${i}`)).sort();
  expect(keys).toEqual(expected);
});

test('a rule must start with the partner of record', () => {
  expect(supportRuleProblems(rule(IssueType.BILLING, [step(SupportRole.MICROSOFT, SupportDuty.PLATFORM), PROVIDER]))).toContain(
    'the first step must be PARTNER_OF_RECORD',
  );
});

test('the indirect provider shares every path, right after the partner of record (INDIRECT_MODEL)', () => {
  expect(supportRuleProblems(rule(IssueType.TECHNICAL, [POR, step(SupportRole.PUBLISHER, SupportDuty.RESPONSIBLE, ['ISV_ROLE'])]))).toEqual([
    "the second step must be INDIRECT_PROVIDER: in the indirect model the provider shares the partner's duties",
  ]);
  expect(supportRuleProblems(rule(IssueType.TECHNICAL, [POR, { ...PROVIDER, duty: SupportDuty.RESPONSIBLE }]))).toEqual([
    'step 2: the INDIRECT_PROVIDER step is SHARED',
  ]);
});

test.each([SupportDuty.RESPONSIBLE, SupportDuty.FIRST_CONTACT])('on a third-party offer Microsoft is never %s (MICROSOFT_LIMIT), for any issue type', (duty) => {
  for (const issueType of [IssueType.TECHNICAL, IssueType.COMMERCE_PLATFORM, IssueType.DEPLOYMENT_PROVISIONING]) {
    expect(supportRuleProblems(rule(issueType, [POR, PROVIDER, step(SupportRole.MICROSOFT, duty, ['MICROSOFT_ROLE'])]))).toEqual([
      `step 3: Microsoft does not support third-party offers (MICROSOFT_LIMIT): never ${duty}`,
    ]);
  }
  // Microsoft's own products are another matter (PROGRAM_PRACTICE).
  expect(supportRuleProblems(rule(IssueType.TECHNICAL, [POR, PROVIDER, step(SupportRole.MICROSOFT, duty, ['PROGRAM_PRACTICE'])], OfferCategory.FIRST_PARTY))).toEqual([]);
});

test('every step cites at least one known clause', () => {
  expect(supportRuleProblems(rule(IssueType.BILLING, [step(SupportRole.PARTNER_OF_RECORD, SupportDuty.RESPONSIBLE, []), PROVIDER]))).toEqual([
    'step 1: a step cites at least one clause',
  ]);
  expect(supportRuleProblems(rule(IssueType.BILLING, [step(SupportRole.PARTNER_OF_RECORD, SupportDuty.RESPONSIBLE, ['FOOTNOTE_7']), PROVIDER]))[0]).toMatch(
    /^step 1: unknown value "FOOTNOTE_7"/,
  );
});

test('unknown values and repeated roles are named', () => {
  const problems = supportRuleProblems({
    offerCategory: 'SOMEONE' as OfferCategory,
    issueType: IssueType.OUTAGE,
    steps: [POR, PROVIDER, step(SupportRole.PARTNER_OF_RECORD, 'NAP' as SupportDuty)],
  });
  expect(problems).toEqual(['unknown offerCategory "SOMEONE"', 'step 3: unknown duty "NAP"', 'step 3: role PARTNER_OF_RECORD appears twice']);
});

test('the partner of record and the provider apply to every offer: a limit to offer types would drop them from the others’ paths', () => {
  // Limited to SaaS, the partner's step would leave an Azure offer's path starting elsewhere, and
  // the provider's would leave an indirect Azure path without its SHARED step.
  expect(supportRuleProblems(rule(IssueType.BILLING, [{ ...POR, offerTypes: ['SAAS'] }, PROVIDER]))).toEqual([
    'step 1: the PARTNER_OF_RECORD step applies to every offer: leave offerTypes out',
  ]);
  expect(supportRuleProblems(rule(IssueType.BILLING, [POR, { ...PROVIDER, offerTypes: ['AZURE_APPLICATION'] }]))).toEqual([
    'step 2: the INDIRECT_PROVIDER step applies to every offer: leave offerTypes out',
  ]);
  // Any later step may be limited, as the default matrix limits Microsoft's deployment step.
  expect(
    supportRuleProblems(rule(IssueType.DEPLOYMENT_PROVISIONING, [POR, PROVIDER, { ...step(SupportRole.MICROSOFT, SupportDuty.PLATFORM, ['MICROSOFT_ROLE']), offerTypes: ['AZURE_APPLICATION'] }])),
  ).toEqual([]);
});
