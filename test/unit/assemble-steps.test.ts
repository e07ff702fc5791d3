import { ArticleClause, ContactAudience, ContactKind, OfferCategory, OfferType, PartnerKind, ResourceKind, SupportDuty, SupportRole } from '../../src/domain/enums';
import type { PathParties } from '../../src/graph/repositories/support-path.repository';
import type { SupportContactRecord, SupportRuleStepRecord } from '../../src/graph/records';
import { assembleSteps, resourcesOfStep, StepSources } from '../../src/domain/support-path';

const parties: PathParties = {
  subscriptionId: 's',
  customer: { id: 'c', name: 'C' },
  offer: { id: 'o', name: 'O', publisherId: 'isv', category: OfferCategory.THIRD_PARTY, offerType: OfferType.SAAS },
  publisher: { id: 'isv', name: 'ISV', isMicrosoft: false },
  partnerOfRecord: { id: 'p', name: 'Partner', kind: PartnerKind.DIRECT },
  indirectProvider: null,
  designatedSupport: null,
  microsoft: { id: 'ms', name: 'Microsoft', isMicrosoft: true },
};
const contact = (id: string, kind: string, audience = [ContactAudience.PARTNERS]): SupportContactRecord => ({
  id,
  kind: kind as ContactKind,
  audience,
  name: null,
  email: null,
  phone: null,
  url: null,
  hours: null,
  sla: null,
});
const TEXT: Record<string, string> = { PARTNER_ROLE: 'Partners own billing.', MICROSOFT_ROLE: 'Microsoft supports partners.', ISV_ROLE: 'ISVs support.', PROGRAM_PRACTICE: 'General practice.' };
const rule = (rank: number, role: SupportRole, duty: SupportDuty, more: Partial<SupportRuleStepRecord> = {}): SupportRuleStepRecord => ({
  rank,
  role,
  duty,
  contactKinds: [],
  clauses: [ArticleClause.PARTNER_ROLE],
  offerTypes: null,
  resourceKinds: [],
  ...more,
});
const sources = (more: Partial<StepSources> = {}): StepSources => ({
  parties,
  contactsByRole: new Map(),
  clause: (id) => ({ clause: id, quote: `« ${id} »`, translation: TEXT[id] ?? id }),
  audience: ContactAudience.PARTNERS,
  ...more,
});

test('a role with no party is left out and the rest are ranked 1..n in rule order, each citing its clauses', () => {
  const steps = assembleSteps(
    [
      rule(3, SupportRole.MICROSOFT, SupportDuty.PLATFORM, { clauses: [ArticleClause.MICROSOFT_ROLE] }),
      rule(1, SupportRole.PARTNER_OF_RECORD, SupportDuty.RESPONSIBLE),
      rule(2, SupportRole.INDIRECT_PROVIDER, SupportDuty.SHARED),
    ],
    sources(),
  );
  expect(steps.map((s) => [s.rank, s.role, s.party.id, s.clauses.map((c) => c.clause)])).toEqual([
    [1, SupportRole.PARTNER_OF_RECORD, 'p', ['PARTNER_ROLE']],
    [2, SupportRole.MICROSOFT, 'ms', ['MICROSOFT_ROLE']],
  ]);
  expect(steps[0].reason).toBe('Partner (partner of record) owns the answer. The article (PARTNER_ROLE): Partners own billing.');
  expect(steps[1].reason).toBe('Microsoft (operator of the commerce system) supports the partner and the ISV. The article (MICROSOFT_ROLE): Microsoft supports partners.');
});

test('a step limited to offer types is left out for other offers', () => {
  const azureOnly = rule(2, SupportRole.MICROSOFT, SupportDuty.PLATFORM, { offerTypes: [OfferType.AZURE_APPLICATION] });
  const por = rule(1, SupportRole.PARTNER_OF_RECORD, SupportDuty.FIRST_CONTACT);
  expect(assembleSteps([por, azureOnly], sources()).map((s) => s.role)).toEqual([SupportRole.PARTNER_OF_RECORD]);
  const azure = { ...parties, offer: { ...parties.offer, offerType: OfferType.AZURE_APPLICATION } };
  expect(assembleSteps([por, azureOnly], sources({ parties: azure })).map((s) => s.role)).toEqual([SupportRole.PARTNER_OF_RECORD, SupportRole.MICROSOFT]);
});

test('contacts follow the order of the kinds the rule names; kinds nobody answers for are missing', () => {
  const [step] = assembleSteps(
    [rule(1, SupportRole.PUBLISHER, SupportDuty.RESPONSIBLE, { contactKinds: [ContactKind.CUSTOMER_SUPPORT, ContactKind.ENGINEERING, ContactKind.CSP_PROGRAM] })],
    sources({ contactsByRole: new Map([[SupportRole.PUBLISHER, [contact('e', 'ENGINEERING'), contact('x', 'SALES'), contact('s', 'CUSTOMER_SUPPORT')]]]) }),
  );
  expect(step.contacts.map((c) => c.id)).toEqual(['s', 'e']);
  expect(step.missingContactKinds).toEqual(['CSP_PROGRAM']);
});

test("the customers' view shows only contacts for customers; a later party without one is reached through the first step, no gap", () => {
  const steps = assembleSteps(
    [
      rule(1, SupportRole.PARTNER_OF_RECORD, SupportDuty.FIRST_CONTACT, { contactKinds: [ContactKind.SUPPORT_DESK] }),
      rule(2, SupportRole.PUBLISHER, SupportDuty.RESPONSIBLE, { contactKinds: [ContactKind.CUSTOMER_SUPPORT, ContactKind.ENGINEERING], clauses: [ArticleClause.ISV_ROLE] }),
    ],
    sources({
      audience: ContactAudience.CUSTOMERS,
      contactsByRole: new Map([
        [SupportRole.PARTNER_OF_RECORD, [contact('desk', 'SUPPORT_DESK', [ContactAudience.PARTNERS, ContactAudience.CUSTOMERS])]],
        [SupportRole.PUBLISHER, [contact('eng', 'ENGINEERING'), contact('cs', 'CUSTOMER_SUPPORT')]],
      ]),
    }),
  );
  expect(steps.map((s) => [s.contacts.map((c) => c.id), s.missingContactKinds, s.reachedThroughRank])).toEqual([
    [['desk'], [], null],
    [[], [], 1],
  ]);
  expect(steps[1].reason).toBe('ISV (publisher) owns the answer. The article (ISV_ROLE): ISVs support. The customer reaches it through step 1, Partner.');
});

test("the customers' view reports no gap for a line the party keeps for partners, only for a kind it has no contact of", () => {
  const rules = [
    rule(1, SupportRole.PARTNER_OF_RECORD, SupportDuty.FIRST_CONTACT, { contactKinds: [ContactKind.SUPPORT_DESK] }),
    rule(2, SupportRole.PUBLISHER, SupportDuty.RESPONSIBLE, { contactKinds: [ContactKind.CUSTOMER_SUPPORT, ContactKind.ENGINEERING], clauses: [ArticleClause.ISV_ROLE] }),
  ];
  const desk = contact('desk', 'SUPPORT_DESK', [ContactAudience.PARTNERS, ContactAudience.CUSTOMERS]);
  const forCustomers = contact('cs', 'CUSTOMER_SUPPORT', [ContactAudience.PARTNERS, ContactAudience.CUSTOMERS]);
  const view = (isv: SupportContactRecord[]) =>
    assembleSteps(rules, sources({ audience: ContactAudience.CUSTOMERS, contactsByRole: new Map([[SupportRole.PARTNER_OF_RECORD, [desk]], [SupportRole.PUBLISHER, isv]]) }))[1];

  // The ISV opens its direct line to partners and/or customers (ISV_DIRECT): an engineering line
  // for partners is its choice, not a hole a customer-facing frontend should flag.
  const withPartnerLine = view([forCustomers, contact('eng', 'ENGINEERING')]);
  expect([withPartnerLine.contacts.map((c) => c.id), withPartnerLine.missingContactKinds, withPartnerLine.reachedThroughRank]).toEqual([['cs'], [], null]);

  // No engineering contact at all is a gap in every view.
  const without = view([forCustomers]);
  expect([without.contacts.map((c) => c.id), without.missingContactKinds, without.reachedThroughRank]).toEqual([['cs'], ['ENGINEERING'], null]);
});

test("the customers' view shows no contact on a PLATFORM step: Microsoft supports the partner and the ISV, never the customer directly", () => {
  const steps = assembleSteps(
    [
      rule(1, SupportRole.PARTNER_OF_RECORD, SupportDuty.RESPONSIBLE, { contactKinds: [ContactKind.SUPPORT_DESK] }),
      rule(2, SupportRole.MICROSOFT, SupportDuty.PLATFORM, { contactKinds: [ContactKind.PARTNER_SUPPORT], clauses: [ArticleClause.MICROSOFT_ROLE] }),
    ],
    sources({
      audience: ContactAudience.CUSTOMERS,
      contactsByRole: new Map([
        [SupportRole.PARTNER_OF_RECORD, [contact('desk', 'SUPPORT_DESK', [ContactAudience.PARTNERS, ContactAudience.CUSTOMERS])]],
        // A line wrongly opened to customers still is not the customer's way in.
        [SupportRole.MICROSOFT, [contact('ms', 'PARTNER_SUPPORT', [ContactAudience.PARTNERS, ContactAudience.CUSTOMERS])]],
      ]),
    }),
  );
  expect([steps[1].contacts, steps[1].missingContactKinds, steps[1].reachedThroughRank]).toEqual([[], [], 1]);
});

test('a step carries the offer resources of the kinds it names, and PROGRAM_PRACTICE says it goes beyond the article', () => {
  const resources = [
    { id: 'doc', offerId: 'o', kind: ResourceKind.USER_DOCUMENTATION, url: 'https://d' },
    { id: 'out', offerId: 'o', kind: ResourceKind.OUTAGE_NOTIFICATIONS, url: 'https://o' },
  ];
  const [step] = assembleSteps(
    [rule(1, SupportRole.PUBLISHER, SupportDuty.RESPONSIBLE, { resourceKinds: [ResourceKind.OUTAGE_NOTIFICATIONS], clauses: [ArticleClause.PROGRAM_PRACTICE] })],
    sources(),
  );
  expect(resourcesOfStep(step, resources).map((r) => r.id)).toEqual(['out']);
  expect(step.reason).toBe('ISV (publisher) owns the answer. Beyond the article (PROGRAM_PRACTICE): general CSP practice, which the article does not state.');
});

test("a first-party path's reasons speak of no ISV and say once, plainly, that they go beyond the article", () => {
  const microsoftProduct: PathParties = {
    ...parties,
    offer: { ...parties.offer, publisherId: 'ms', category: OfferCategory.FIRST_PARTY },
    publisher: { id: 'ms', name: 'Microsoft', isMicrosoft: true },
  };
  const steps = assembleSteps(
    [
      rule(1, SupportRole.PARTNER_OF_RECORD, SupportDuty.RESPONSIBLE, { clauses: [ArticleClause.PROGRAM_PRACTICE] }),
      rule(2, SupportRole.MICROSOFT, SupportDuty.PLATFORM, { clauses: [ArticleClause.PROGRAM_PRACTICE] }),
    ],
    sources({
      parties: microsoftProduct,
      clause: (id) => ({ clause: id, quote: '', translation: "Beyond this article: general CSP practice (e.g. Microsoft's own products). Always labelled as such." }),
    }),
  );
  expect(steps.map((s) => s.reason)).toEqual([
    'Partner (partner of record) owns the answer. Beyond the article (PROGRAM_PRACTICE): general CSP practice, which the article does not state.',
    'Microsoft (operator of the commerce system) supports the partner. Beyond the article (PROGRAM_PRACTICE): general CSP practice, which the article does not state.',
  ]);
});

test("a designated support contact takes the partner of record's FIRST_CONTACT step, not its RESPONSIBLE one, and the reason says so", () => {
  const withDesignated: PathParties = {
    ...parties,
    partnerOfRecord: { id: 'r', name: 'Reseller of record', kind: PartnerKind.INDIRECT_RESELLER },
    designatedSupport: { id: 'd', name: 'Designated', kind: PartnerKind.INDIRECT_RESELLER },
  };
  const step = (duty: SupportDuty) => rule(1, SupportRole.PARTNER_OF_RECORD, duty, { contactKinds: [ContactKind.SUPPORT_DESK] });
  const desk = new Map([[SupportRole.PARTNER_OF_RECORD, [contact('desk', 'SUPPORT_DESK')]]]);

  const [first] = assembleSteps([step(SupportDuty.FIRST_CONTACT)], sources({ parties: withDesignated, contactsByRole: desk }));
  expect([first.party.id, first.duty, first.contacts.map((c) => c.id)]).toEqual(['d', SupportDuty.FIRST_CONTACT, ['desk']]);
  expect(first.reason).toBe(
    'Designated (designated support contact of this subscription, in place of the partner of record Reseller of record) takes the question first and may route it. The article (PARTNER_ROLE): Partners own billing.',
  );

  const [owner] = assembleSteps([step(SupportDuty.RESPONSIBLE)], sources({ parties: withDesignated, contactsByRole: desk }));
  expect(owner.party.id).toBe('r');
  expect(owner.reason).toBe('Reseller of record (partner of record) owns the answer. The article (PARTNER_ROLE): Partners own billing.');
});
