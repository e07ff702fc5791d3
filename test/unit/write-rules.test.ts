import type { Snapshot } from '../../src/domain/entity-state';
import {
  canonicalInstant,
  contactProblems,
  resellerUnlinkProblems,
  RuleContext,
  subscriptionProblems,
  supportDesignationProblems,
} from '../../src/domain/write-rules';

const NOW = '2025-03-01T00:00:00.000Z';
const partner = (kind: string, links: Array<{ providerId: string; since: string }> = []): Snapshot => ({ type: 'Partner', state: { name: kind, kind, links } });

function context(entities: Record<string, Snapshot>): RuleContext {
  return { entity: (id) => entities[id], microsoftPublisherId: () => 'ms', now: NOW };
}

const world = context({
  cust: { type: 'Customer', state: { name: 'C' } },
  off: { type: 'Offer', state: { name: 'O', publisherId: 'isv', offerType: 'SAAS' } },
  isv: { type: 'Publisher', state: { name: 'ISV', isMicrosoft: false } },
  ms: { type: 'Publisher', state: { name: 'Microsoft', isMicrosoft: true } },
  direct: partner('DIRECT'),
  prov: partner('INDIRECT_PROVIDER'),
  prov2: partner('INDIRECT_PROVIDER'),
  resel: partner('INDIRECT_RESELLER', [{ providerId: 'prov', since: '2024-01-01T00:00:00.000Z' }]),
  sub: {
    type: 'Subscription',
    state: { customerId: 'cust', offerId: 'off', partnerId: 'resel', providerId: 'prov', designatedSupportId: null, validFrom: '2024-02-01T00:00:00.000Z', validTo: null, changedAt: '2024-02-01T00:00:00.000Z' },
  },
});

test('an indirect subscription through a provider the reseller buys through passes', () => {
  expect(subscriptionProblems({ id: 'new', customerId: 'cust', offerId: 'off', partnerId: 'resel', providerId: 'prov' }, world)).toEqual([]);
});

test('a change of parties dated before the current ones is refused on effectiveAt', () => {
  const row = { id: 'sub', customerId: 'cust', offerId: 'off', partnerId: 'direct', effectiveAt: '2024-01-15T00:00:00Z' };
  expect(subscriptionProblems(row, world)).toEqual([
    { field: 'effectiveAt', reason: 'must not be before 2024-02-01T00:00:00.000Z, when its current parties took effect' },
  ]);
});

test("a subscription's customer and offer never change", () => {
  const problems = subscriptionProblems({ id: 'sub', customerId: 'cust', offerId: 'isv', partnerId: 'resel', providerId: 'prov' }, world);
  expect(problems.map((p) => p.field)).toEqual(['offerId', 'offerId']);
});

test('a validTo not after validFrom is refused', () => {
  const row = { id: 'n', customerId: 'cust', offerId: 'off', partnerId: 'direct', validFrom: '2024-05-01T00:00:00Z', validTo: '2024-05-01T00:00:00Z' };
  expect(subscriptionProblems(row, world)).toEqual([{ field: 'validTo', reason: 'must be after validFrom (2024-05-01T00:00:00Z)' }]);
});

test('dates need a time zone', () => {
  const row = { id: 'n', customerId: 'cust', offerId: 'off', partnerId: 'direct', validFrom: '2024-05-01' };
  expect(subscriptionProblems(row, world)[0].field).toBe('validFrom');
});

test('Microsoft has a PARTNER_SUPPORT contact, an ISV its three kinds', () => {
  expect(contactProblems({ id: 'c', ownerId: 'ms', kind: 'ENGINEERING', email: 'a@b.example' }, world)).toEqual([
    { field: 'kind', reason: "a publisher's contact is PARTNER_SUPPORT, not ENGINEERING" },
  ]);
  expect(contactProblems({ id: 'c', ownerId: 'isv', kind: 'CSP_PROGRAM', url: 'https://isv.example/csp' }, world)).toEqual([]);
});

test('the designated reseller must buy through the subscription provider', () => {
  const other = context({ ...Object.fromEntries(['sub', 'prov'].map((id) => [id, world.entity(id)!])), r2: partner('INDIRECT_RESELLER', [{ providerId: 'prov2', since: NOW }]) });
  expect(supportDesignationProblems({ subscriptionId: 'sub', resellerId: 'r2' }, other).map((p) => p.field)).toEqual(['resellerId']);
  expect(supportDesignationProblems({ subscriptionId: 'sub', resellerId: 'resel' }, world)).toEqual([]);
  expect(supportDesignationProblems({ subscriptionId: 'sub', resellerId: null }, world)).toEqual([]);
});

test('unlinking with current subscriptions needs a provider the reseller also buys through', () => {
  const facts = { movedSubscriptionIds: ['sub'], latestChangeAt: '2024-02-01T00:00:00.000Z' };
  expect(resellerUnlinkProblems({ resellerId: 'resel', providerId: 'prov' }, world, facts)).toEqual([
    { field: 'moveSubscriptionsTo', reason: 'reseller "resel" has 1 current subscription(s) through "prov": name the provider they move to' },
  ]);
  expect(resellerUnlinkProblems({ resellerId: 'resel', providerId: 'prov', moveSubscriptionsTo: 'prov2' }, world, facts)).toEqual([
    { field: 'moveSubscriptionsTo', reason: 'reseller "resel" does not buy through "prov2" (link them first)' },
  ]);
  // No current link: nothing to end, so a retried call passes.
  expect(resellerUnlinkProblems({ resellerId: 'resel', providerId: 'prov2' }, world, { movedSubscriptionIds: [], latestChangeAt: null })).toEqual([]);
});

test('an instant is stored in one canonical form, whatever form it came in and however often', () => {
  const forms = ['2024-05-01T02:00:00+02:00', '2024-05-01T00:00Z', '2024-05-01T00:00:00.000Z', '2024-04-30T19:00:00-05:00'];
  for (let round = 0; round < 2; round += 1) expect(forms.map(canonicalInstant)).toEqual(Array(4).fill('2024-05-01T00:00:00.000Z'));
  // Past the remembered ones, instants are still made canonical (the memory is cleared, not grown).
  const many = Array.from({ length: 25_000 }, (_, i) => new Date(Date.UTC(2020, 0, 1) + i * 60_000).toISOString().replace('.000Z', 'Z'));
  expect(many.map(canonicalInstant).every((c, i) => c === new Date(many[i]).toISOString())).toBe(true);
  expect(canonicalInstant('2024-05-01T02:00:00+02:00')).toBe('2024-05-01T00:00:00.000Z');
});
