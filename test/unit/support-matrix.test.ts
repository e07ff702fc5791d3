import { supportRuleProblems } from '../../src/domain/support-matrix';
import { IssueType, OfferCategory, SupportDuty, SupportRole } from '../../src/domain/enums';
import { readDefaultMatrix } from '../../src/graph/seed-loader';

const step = (role: SupportRole, duty: SupportDuty) => ({ role, duty, contactKinds: ['SUPPORT_DESK'], reason: 'because' });

test('the default matrix in seeds/ is sound and covers every issue type for both categories', () => {
  const rules = readDefaultMatrix().rules;
  for (const rule of rules) expect(supportRuleProblems(rule)).toEqual([]);
  const keys = rules.map((r) => `${r.offerCategory}:${r.issueType}`).sort();
  const expected = Object.values(OfferCategory).flatMap((c) => Object.values(IssueType).map((i) => `${c}:${i}`)).sort();
  expect(keys).toEqual(expected);
});

test('a rule must start with the partner of record', () => {
  expect(
    supportRuleProblems({ offerCategory: OfferCategory.THIRD_PARTY, issueType: IssueType.BILLING, steps: [step(SupportRole.MICROSOFT, SupportDuty.PLATFORM)] }),
  ).toContain('the first step must be PARTNER_OF_RECORD');
});

test('Microsoft may not be RESPONSIBLE for a third-party TECHNICAL issue', () => {
  const problems = supportRuleProblems({
    offerCategory: OfferCategory.THIRD_PARTY,
    issueType: IssueType.TECHNICAL,
    steps: [step(SupportRole.PARTNER_OF_RECORD, SupportDuty.FIRST_CONTACT), step(SupportRole.MICROSOFT, SupportDuty.RESPONSIBLE)],
  });
  expect(problems).toEqual(["step 2: Microsoft is never RESPONSIBLE for a third-party offer's TECHNICAL issue"]);
});

test('unknown values, repeated roles and empty reasons are named', () => {
  const problems = supportRuleProblems({
    offerCategory: 'SOMEONE' as OfferCategory,
    issueType: IssueType.OUTAGE,
    steps: [step(SupportRole.PARTNER_OF_RECORD, SupportDuty.FIRST_CONTACT), { ...step(SupportRole.PARTNER_OF_RECORD, 'NAP' as SupportDuty), reason: ' ' }],
  });
  expect(problems).toEqual([
    'unknown offerCategory "SOMEONE"',
    'step 2: unknown duty "NAP"',
    'step 2: role PARTNER_OF_RECORD appears twice',
    'step 2: a reason is required',
  ]);
});
