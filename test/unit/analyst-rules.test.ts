import { IssueType, PartnerKind, SalesModel } from '../../src/domain/enums';
import { ImpactedPartnerRole, impactedPartnerRoles } from '../../src/domain/outage';
import { partnerKindsOf, salesModelOf } from '../../src/domain/sales-model';
import { SupportGapKind } from '../../src/domain/support-gaps';
import { describeGap } from '../../src/domain/support-gaps';

test('partnerKindsOf is the inverse of salesModelOf', () => {
  expect(partnerKindsOf(SalesModel.INDIRECT)).toEqual([PartnerKind.INDIRECT_RESELLER]);
  expect(partnerKindsOf(SalesModel.DIRECT)).toEqual([PartnerKind.DIRECT, PartnerKind.INDIRECT_PROVIDER]);
  for (const model of Object.values(SalesModel)) {
    for (const kind of partnerKindsOf(model)) expect(salesModelOf(kind)).toBe(model);
  }
});

test("an outage role follows the partner's link to the subscriptions, and its kind for the partner of record", () => {
  expect(impactedPartnerRoles(['SOLD_BY'], PartnerKind.DIRECT)).toEqual([ImpactedPartnerRole.DIRECT_PARTNER]);
  expect(impactedPartnerRoles(['SOLD_BY'], PartnerKind.INDIRECT_RESELLER)).toEqual([ImpactedPartnerRole.INDIRECT_RESELLER]);
  expect(impactedPartnerRoles(['SUPPLIED_BY'], PartnerKind.INDIRECT_PROVIDER)).toEqual([ImpactedPartnerRole.INDIRECT_PROVIDER]);
  expect(impactedPartnerRoles(['DESIGNATED_SUPPORT', 'SOLD_BY', 'SOLD_BY'], PartnerKind.INDIRECT_RESELLER)).toEqual([
    ImpactedPartnerRole.INDIRECT_RESELLER,
    ImpactedPartnerRole.DESIGNATED_SUPPORT,
  ]);
});

test('a gap is described in plain words naming the entity and what is missing', () => {
  const base = { entityId: 'sub-9', offerName: null, issueTypes: [], affectedCustomerCount: 1, affectedSubscriptionCount: 1 };
  expect(describeGap({ ...base, kind: SupportGapKind.PARTNER_WITHOUT_SUPPORT_DESK, entityName: 'Northwind', missingContactKinds: ['SUPPORT_DESK'] })).toBe(
    "Northwind has no SUPPORT_DESK contact: a CSP partner is its customers' first point of contact.",
  );
  expect(
    describeGap({
      ...base,
      kind: SupportGapKind.RESPONSIBLE_STEP_WITHOUT_CONTACT,
      entityName: 'Lucerne',
      offerName: 'Trey Insights',
      issueTypes: [IssueType.BILLING, IssueType.ACCOUNT_SETUP],
      missingContactKinds: ['SUPPORT_DESK'],
    }),
  ).toBe("Lucerne's subscription sub-9 to Trey Insights: the party RESPONSIBLE for BILLING, ACCOUNT_SETUP has no SUPPORT_DESK contact, so nobody can be reached for the answer.");
});
