import { OfferCategory, SupportDuty, SupportRole, PartnerKind } from '../../src/domain/enums';
import type { PathParties } from '../../src/graph/repositories/support-path.repository';
import { assembleSteps } from '../../src/domain/support-path';

const parties: PathParties = {
  subscriptionId: 's',
  customer: { id: 'c', name: 'C' },
  offer: { id: 'o', name: 'O', publisherId: 'isv', category: OfferCategory.THIRD_PARTY },
  publisher: { id: 'isv', name: 'ISV', isMicrosoft: false },
  partnerOfRecord: { id: 'p', name: 'Partner', kind: PartnerKind.DIRECT },
  indirectProvider: null,
  designatedSupport: null,
  microsoft: { id: 'ms', name: 'Microsoft', isMicrosoft: true },
};
const contact = (id: string, kind: string) => ({ id, kind, name: null, email: null, phone: null, url: null, hours: null, sla: null });

test('a role with no party is left out and the rest are ranked 1..n in rule order', () => {
  const steps = assembleSteps(
    [
      { rank: 3, role: SupportRole.MICROSOFT, duty: SupportDuty.PLATFORM, contactKinds: [], reason: 'c' },
      { rank: 1, role: SupportRole.PARTNER_OF_RECORD, duty: SupportDuty.RESPONSIBLE, contactKinds: [], reason: 'a' },
      { rank: 2, role: SupportRole.INDIRECT_PROVIDER, duty: SupportDuty.SHARED, contactKinds: [], reason: 'b' },
    ],
    parties,
    new Map(),
  );
  expect(steps.map((s) => [s.rank, s.role, s.party.id])).toEqual([
    [1, SupportRole.PARTNER_OF_RECORD, 'p'],
    [2, SupportRole.MICROSOFT, 'ms'],
  ]);
  expect(steps[0].reason).toBe('Partner (partner of record) owns the answer: a.');
});

test('contacts follow the order of the kinds the rule names; kinds nobody answers for are missing', () => {
  const [step] = assembleSteps(
    [{ rank: 1, role: SupportRole.PUBLISHER, duty: SupportDuty.RESPONSIBLE, contactKinds: ['CUSTOMER_SUPPORT', 'ENGINEERING', 'CSP_PROGRAM'], reason: 'r' }],
    parties,
    new Map([[SupportRole.PUBLISHER, [contact('e', 'ENGINEERING'), contact('x', 'SALES'), contact('s', 'CUSTOMER_SUPPORT')]]]),
  );
  expect(step.contacts.map((c) => c.id)).toEqual(['s', 'e']);
  expect(step.missingContactKinds).toEqual(['CSP_PROGRAM']);
});

test("a designated support contact takes the partner of record's FIRST_CONTACT step, not its RESPONSIBLE one, and the reason says so", () => {
  const withDesignated: PathParties = {
    ...parties,
    partnerOfRecord: { id: 'r', name: 'Reseller of record', kind: PartnerKind.INDIRECT_RESELLER },
    designatedSupport: { id: 'd', name: 'Designated', kind: PartnerKind.INDIRECT_RESELLER },
  };
  const step = (duty: SupportDuty) => ({ rank: 1, role: SupportRole.PARTNER_OF_RECORD, duty, contactKinds: ['SUPPORT_DESK'], reason: 'why' });
  const desk = new Map([[SupportRole.PARTNER_OF_RECORD, [contact('desk', 'SUPPORT_DESK')]]]);

  const [first] = assembleSteps([step(SupportDuty.FIRST_CONTACT)], withDesignated, desk);
  expect([first.party.id, first.duty, first.contacts.map((c) => c.id)]).toEqual(['d', SupportDuty.FIRST_CONTACT, ['desk']]);
  expect(first.reason).toBe(
    'Designated (designated support contact of this subscription, in place of the partner of record Reseller of record) takes the question first and may route it: why.',
  );

  const [owner] = assembleSteps([step(SupportDuty.RESPONSIBLE)], withDesignated, desk);
  expect(owner.party.id).toBe('r');
  expect(owner.reason).toBe('Reseller of record (partner of record) owns the answer: why.');
});
