import { Role } from '../../../src/auth/roles';
import { buildGraphQLSchema } from '../../../src/schema/build-schema';
import { deleteTestData, openTestGraph, plantGraph, TestGraph, testCaller, testIdPrefix } from '../../support/test-graph';

// Issue 10: every mutation of the schema × every role × an entity of the caller's own
// organisation, of another's, and a missing one, answering exactly OK, FORBIDDEN, NOT_FOUND (or,
// for the platform operator, who may write anything, BAD_USER_INPUT when the data refuses it).
// Each (mutation, role) gets a world of its own, so that what an allowed write changes never
// reaches another case.
const p = testIdPrefix();
let graph: TestGraph;
beforeAll(async () => {
  graph = await openTestGraph();
});
afterAll(async () => {
  await deleteTestData(graph.db, p);
  await graph.close();
});

type Outcome = 'OK' | 'FORBIDDEN' | 'NOT_FOUND' | 'BAD_USER_INPUT';
type Side = 'own' | 'foreign' | 'missing';
/** Who the caller is, as far as ownership goes: a partner's admin, a publisher's admin, the operator; the others fail the role check. */
type Kind = 'partner' | 'publisher' | 'operator' | 'none';
const SIDES: Side[] = ['own', 'foreign', 'missing'];

/** Each role, and whose data it may write. A role missing here fails the test. */
const ROLE_KIND: Record<Role, Kind> = {
  [Role.GLOBAL_ADMIN]: 'partner',
  [Role.ADMIN_AGENT]: 'partner',
  [Role.SALES_AGENT]: 'none',
  [Role.HELPDESK_AGENT]: 'none',
  [Role.ANALYST]: 'none',
  [Role.PUBLISHER_ADMIN]: 'publisher',
  [Role.PLATFORM_OPERATOR]: 'operator',
};

/** The ids of one world (`x` is its prefix). */
const world = (x: string) => ({
  res: `${x}res`,
  prov: `${x}prov`,
  provB: `${x}provb`,
  prov3: `${x}prov3`,
  res2: `${x}res2`,
  prov2: `${x}prov2`,
  prov2B: `${x}prov2b`,
  lone: `${x}lone`,
  lone2: `${x}lone2`,
  pub: `${x}pub`,
  pub2: `${x}pub2`,
  pubLone: `${x}publone`,
  pubLone2: `${x}publone2`,
  off: `${x}off`,
  off2: `${x}off2`,
  offLone: `${x}offlone`,
  off2Lone: `${x}off2lone`,
  cust: `${x}cust`,
  cust2: `${x}cust2`,
  sub: `${x}sub`,
  sub2: `${x}sub2`,
  ctcRes: `${x}ctcres`,
  ctcOff: `${x}ctcoff`,
  ctcOff2: `${x}ctcoff2`,
  rsc: `${x}rsc`,
  rsc2: `${x}rsc2`,
  nope: `${x}nope`,
});
type World = ReturnType<typeof world>;

/** Plants a world: the caller's partner `res` (a reseller buying through `prov` and `provb`), a foreign one `res2`, their customers, publishers, offers, contacts and resources. */
async function plantWorld(w: World): Promise<void> {
  const partner = (id: string, kind: string) => ({ id, name: id, kind });
  await plantGraph(graph.db, {
    publishers: [w.pub, w.pub2, w.pubLone, w.pubLone2].map((id) => ({ id, name: id })),
    partners: [
      partner(w.res, 'INDIRECT_RESELLER'),
      partner(w.prov, 'INDIRECT_PROVIDER'),
      partner(w.provB, 'INDIRECT_PROVIDER'),
      partner(w.prov3, 'INDIRECT_PROVIDER'),
      partner(w.res2, 'INDIRECT_RESELLER'),
      partner(w.prov2, 'INDIRECT_PROVIDER'),
      partner(w.prov2B, 'INDIRECT_PROVIDER'),
      partner(w.lone, 'DIRECT'),
      partner(w.lone2, 'DIRECT'),
    ],
    resellerLinks: [
      { resellerId: w.res, providerId: w.prov },
      { resellerId: w.res, providerId: w.provB },
      { resellerId: w.res2, providerId: w.prov2 },
      { resellerId: w.res2, providerId: w.prov2B },
    ],
    offers: [
      { id: w.off, name: w.off, publisherId: w.pub, offerType: 'SAAS' },
      { id: w.off2, name: w.off2, publisherId: w.pub2, offerType: 'SAAS' },
      { id: w.offLone, name: w.offLone, publisherId: w.pub, offerType: 'SAAS' },
      { id: w.off2Lone, name: w.off2Lone, publisherId: w.pub2, offerType: 'SAAS' },
    ],
    customers: [
      { id: w.cust, name: w.cust },
      { id: w.cust2, name: w.cust2 },
    ],
    subscriptions: [
      { id: w.sub, customerId: w.cust, offerId: w.off, partnerId: w.res, providerId: w.prov },
      { id: w.sub2, customerId: w.cust2, offerId: w.off2, partnerId: w.res2, providerId: w.prov2 },
    ],
    contacts: [
      { id: w.ctcRes, ownerId: w.res, kind: 'SUPPORT_DESK', email: 'desk@res.example' },
      { id: w.ctcOff, ownerId: w.off, kind: 'ENGINEERING', email: 'eng@pub.example' },
      { id: w.ctcOff2, ownerId: w.off2, kind: 'ENGINEERING', email: 'eng@pub2.example' },
    ],
    resources: [
      { id: w.rsc, offerId: w.off, kind: 'TRAINING', url: 'https://pub.example/training' },
      { id: w.rsc2, offerId: w.off2, kind: 'TRAINING', url: 'https://pub2.example/training' },
    ],
  });
}

const admin = (partnerId: string) => testCaller([Role.ADMIN_AGENT], { partnerId });

/** One mutation's cases. */
interface MutationCase {
  /** The roles the role check lets through (`@Authorized`), as this test expects them. */
  roles: Role[];
  /** The mutation, for one side, as the given kind of caller (own data differs between a partner and a publisher). */
  op(w: World, side: Side, kind: Kind): [string, Record<string, unknown>];
  /** What each kind of caller that passes the role check gets: own, foreign, missing. */
  expect: Partial<Record<Kind, [Outcome, Outcome, Outcome]>>;
  /** The caller's organisation when not `res` / `pub`. */
  org?: { partner?: keyof World; publisher?: keyof World };
  /** Writes done before the cases, through the mutations (what planting cannot say: relationships, requests). */
  setup?(w: World): Promise<void>;
}

const PARTNER_DATA = [Role.GLOBAL_ADMIN, Role.ADMIN_AGENT, Role.PLATFORM_OPERATOR];
const CATALOG_DATA = [Role.GLOBAL_ADMIN, Role.ADMIN_AGENT, Role.PUBLISHER_ADMIN, Role.PLATFORM_OPERATOR];
const OPERATOR_ONLY = [Role.PLATFORM_OPERATOR];
const pick = <T>(side: Side, own: T, foreign: T, missing: T): T => ({ own, foreign, missing })[side];
const removal = (name: string, id: string): [string, Record<string, unknown>] => [`mutation ($id: ID!) { ${name}(id: $id) { id } }`, { id }];
const withInput = (name: string, type: string, input: Record<string, unknown>, selection = '__typename'): [string, Record<string, unknown>] => [
  `mutation ($input: ${type}!) { ${name}(input: $input) { ${selection} } }`,
  { input },
];
const MATRIX_RULE = {
  offerCategory: 'FIRST_PARTY',
  issueType: 'OUTAGE',
  steps: [
    { role: 'PARTNER_OF_RECORD', duty: 'RESPONSIBLE', contactKinds: ['SUPPORT_DESK'], clauses: ['PROGRAM_PRACTICE'] },
    { role: 'INDIRECT_PROVIDER', duty: 'SHARED', contactKinds: ['SUPPORT_DESK'], clauses: ['INDIRECT_MODEL'] },
    { role: 'MICROSOFT', duty: 'PLATFORM', contactKinds: ['PARTNER_SUPPORT'], clauses: ['PROGRAM_PRACTICE'] },
  ],
};

const CASES: Record<string, MutationCase> = {
  upsertCustomer: {
    roles: PARTNER_DATA,
    op: (w, side) => withInput('upsertCustomer', 'CustomerInput', { id: pick(side, w.cust, w.cust2, w.nope), name: 'Same name' }),
    expect: { partner: ['OK', 'NOT_FOUND', 'OK'], operator: ['OK', 'OK', 'OK'] },
  },
  removeCustomer: {
    roles: PARTNER_DATA,
    // Customers without current subscriptions, created by the caller's partner and by another (each gets the relationship).
    setup: async (w) => {
      await graph.execute(...withInput('upsertCustomer', 'CustomerInput', { id: `${w.cust}idle`, name: 'Idle' }), admin(w.res));
      await graph.execute(...withInput('upsertCustomer', 'CustomerInput', { id: `${w.cust2}idle`, name: 'Idle' }), admin(w.res2));
    },
    op: (w, side) => removal('removeCustomer', pick(side, `${w.cust}idle`, `${w.cust2}idle`, w.nope)),
    expect: { partner: ['OK', 'NOT_FOUND', 'NOT_FOUND'], operator: ['OK', 'OK', 'OK'] },
  },
  upsertPartner: {
    roles: PARTNER_DATA,
    op: (w, side) => withInput('upsertPartner', 'PartnerInput', { id: pick(side, w.res, w.res2, w.nope), name: 'Same', kind: 'INDIRECT_RESELLER' }),
    expect: { partner: ['OK', 'NOT_FOUND', 'FORBIDDEN'], operator: ['OK', 'OK', 'OK'] },
  },
  removePartner: {
    roles: PARTNER_DATA,
    org: { partner: 'lone' },
    op: (w, side) => removal('removePartner', pick(side, w.lone, w.lone2, w.nope)),
    expect: { partner: ['OK', 'NOT_FOUND', 'NOT_FOUND'], operator: ['OK', 'OK', 'OK'] },
  },
  upsertPublisher: {
    roles: CATALOG_DATA,
    op: (w, side) => withInput('upsertPublisher', 'PublisherInput', { id: pick(side, w.pub, w.pub2, w.nope), name: 'Same' }),
    expect: { partner: ['FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN'], publisher: ['OK', 'FORBIDDEN', 'FORBIDDEN'], operator: ['OK', 'OK', 'OK'] },
  },
  removePublisher: {
    roles: CATALOG_DATA,
    org: { publisher: 'pubLone' },
    op: (w, side) => removal('removePublisher', pick(side, w.pubLone, w.pubLone2, w.nope)),
    expect: { partner: ['FORBIDDEN', 'FORBIDDEN', 'NOT_FOUND'], publisher: ['OK', 'FORBIDDEN', 'NOT_FOUND'], operator: ['OK', 'OK', 'OK'] },
  },
  upsertOffer: {
    roles: CATALOG_DATA,
    op: (w, side) =>
      withInput('upsertOffer', 'OfferInput', { id: pick(side, w.off, w.off2, w.nope), name: 'Same', publisherId: pick(side, w.pub, w.pub2, w.pub), offerType: 'SAAS' }, 'id'),
    expect: { partner: ['FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN'], publisher: ['OK', 'FORBIDDEN', 'OK'], operator: ['OK', 'OK', 'OK'] },
  },
  removeOffer: {
    roles: CATALOG_DATA,
    op: (w, side) => removal('removeOffer', pick(side, w.offLone, w.off2Lone, w.nope)),
    expect: { partner: ['FORBIDDEN', 'FORBIDDEN', 'NOT_FOUND'], publisher: ['OK', 'FORBIDDEN', 'NOT_FOUND'], operator: ['OK', 'OK', 'OK'] },
  },
  upsertSupportContact: {
    roles: CATALOG_DATA,
    op: (w, side, kind) => {
      const own = kind === 'publisher' ? { id: w.ctcOff, ownerId: w.off, kind: 'ENGINEERING' } : { id: w.ctcRes, ownerId: w.res, kind: 'SUPPORT_DESK' };
      const input = pick(side, own, { id: w.ctcOff2, ownerId: w.off2, kind: 'ENGINEERING' }, { ...own, id: w.nope });
      return withInput('upsertSupportContact', 'SupportContactInput', { ...input, email: 'same@example.com' }, 'id');
    },
    expect: { partner: ['OK', 'FORBIDDEN', 'OK'], publisher: ['OK', 'FORBIDDEN', 'OK'], operator: ['OK', 'OK', 'OK'] },
  },
  removeSupportContact: {
    roles: CATALOG_DATA,
    op: (w, side, kind) => removal('removeSupportContact', pick(side, kind === 'publisher' ? w.ctcOff : w.ctcRes, w.ctcOff2, w.nope)),
    expect: { partner: ['OK', 'FORBIDDEN', 'NOT_FOUND'], publisher: ['OK', 'FORBIDDEN', 'NOT_FOUND'], operator: ['OK', 'OK', 'OK'] },
  },
  upsertResource: {
    roles: CATALOG_DATA,
    op: (w, side) =>
      withInput('upsertResource', 'ResourceInput', { id: pick(side, w.rsc, w.rsc2, w.nope), offerId: pick(side, w.off, w.off2, w.off), kind: 'TRAINING', url: 'https://same.example/t' }, 'id'),
    expect: { partner: ['FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN'], publisher: ['OK', 'FORBIDDEN', 'OK'], operator: ['OK', 'OK', 'OK'] },
  },
  removeResource: {
    roles: CATALOG_DATA,
    op: (w, side) => removal('removeResource', pick(side, w.rsc, w.rsc2, w.nope)),
    expect: { partner: ['FORBIDDEN', 'FORBIDDEN', 'NOT_FOUND'], publisher: ['OK', 'FORBIDDEN', 'NOT_FOUND'], operator: ['OK', 'OK', 'OK'] },
  },
  recordSubscription: {
    roles: PARTNER_DATA,
    op: (w, side) => {
      const own = { id: w.sub, customerId: w.cust, offerId: w.off, partnerId: w.res, providerId: w.prov };
      const input = pick(side, own, { id: w.sub2, customerId: w.cust2, offerId: w.off2, partnerId: w.res2, providerId: w.prov2 }, { ...own, id: w.nope });
      return withInput('recordSubscription', 'RecordSubscriptionInput', input, 'id');
    },
    expect: { partner: ['OK', 'NOT_FOUND', 'OK'], operator: ['OK', 'OK', 'OK'] },
  },
  endSubscription: {
    roles: PARTNER_DATA,
    op: (w, side) => withInput('endSubscription', 'EndSubscriptionInput', { subscriptionId: pick(side, w.sub, w.sub2, w.nope) }, 'id'),
    expect: { partner: ['OK', 'NOT_FOUND', 'NOT_FOUND'], operator: ['OK', 'OK', 'BAD_USER_INPUT'] },
  },
  setSubscriptionSupportContact: {
    roles: PARTNER_DATA,
    op: (w, side) => withInput('setSubscriptionSupportContact', 'SubscriptionSupportContactInput', { subscriptionId: pick(side, w.sub, w.sub2, w.nope), resellerId: null }, 'id'),
    expect: { partner: ['OK', 'NOT_FOUND', 'NOT_FOUND'], operator: ['OK', 'OK', 'BAD_USER_INPUT'] },
  },
  linkReseller: {
    roles: PARTNER_DATA,
    op: (w, side) => withInput('linkReseller', 'LinkResellerInput', pick(side, { resellerId: w.res, providerId: w.prov3 }, { resellerId: w.res2, providerId: w.prov3 }, { resellerId: w.res, providerId: w.nope }), 'active'),
    expect: { partner: ['FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN'], operator: ['OK', 'OK', 'BAD_USER_INPUT'] },
  },
  unlinkReseller: {
    roles: PARTNER_DATA,
    op: (w, side) =>
      withInput('unlinkReseller', 'UnlinkResellerInput', pick(side, { resellerId: w.res, providerId: w.provB }, { resellerId: w.res2, providerId: w.prov2B }, { resellerId: w.res, providerId: w.nope }), 'active'),
    expect: { partner: ['OK', 'FORBIDDEN', 'NOT_FOUND'], operator: ['OK', 'OK', 'BAD_USER_INPUT'] },
  },
  requestCustomerRelationship: {
    roles: PARTNER_DATA,
    op: (w, side) => withInput('requestCustomerRelationship', 'RequestCustomerRelationshipInput', { customerId: pick(side, w.cust, w.cust2, w.nope) }, 'status'),
    expect: { partner: ['OK', 'OK', 'OK'], operator: ['FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN'] },
  },
  acceptCustomerRelationship: {
    roles: OPERATOR_ONLY,
    setup: async (w) => {
      await graph.execute(...withInput('requestCustomerRelationship', 'RequestCustomerRelationshipInput', { customerId: w.cust2 }, 'status'), admin(w.res));
    },
    op: (w, side) =>
      withInput('acceptCustomerRelationship', 'CustomerRelationshipInput', pick(side, { partnerId: w.res, customerId: w.cust2 }, { partnerId: w.res2, customerId: w.cust }, { partnerId: w.res, customerId: w.nope }), 'status'),
    expect: { operator: ['OK', 'NOT_FOUND', 'NOT_FOUND'] },
  },
  grantCustomerRelationship: {
    roles: OPERATOR_ONLY,
    op: (w, side) =>
      withInput('grantCustomerRelationship', 'CustomerRelationshipInput', pick(side, { partnerId: w.res, customerId: w.cust2 }, { partnerId: w.res2, customerId: w.cust }, { partnerId: w.res, customerId: w.nope }), 'status'),
    expect: { operator: ['OK', 'OK', 'BAD_USER_INPUT'] },
  },
  requestResellerLink: {
    roles: PARTNER_DATA,
    op: (w, side) =>
      withInput('requestResellerLink', 'RequestResellerLinkInput', pick(side, { resellerId: w.res, providerId: w.prov3 }, { resellerId: w.res2, providerId: w.prov3 }, { resellerId: w.res, providerId: w.nope }), 'status'),
    expect: { partner: ['OK', 'FORBIDDEN', 'OK'], operator: ['FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN'] },
  },
  acceptResellerLink: {
    roles: PARTNER_DATA,
    setup: async (w) => {
      await graph.execute(...withInput('requestResellerLink', 'RequestResellerLinkInput', { resellerId: w.res, providerId: w.prov3 }, 'status'), admin(w.prov3));
    },
    op: (w, side) =>
      withInput('acceptResellerLink', 'LinkResellerInput', pick(side, { resellerId: w.res, providerId: w.prov3 }, { resellerId: w.res2, providerId: w.prov3 }, { resellerId: w.res, providerId: w.nope }), 'active'),
    expect: { partner: ['OK', 'FORBIDDEN', 'NOT_FOUND'], operator: ['OK', 'NOT_FOUND', 'NOT_FOUND'] },
  },
  setSupportRule: {
    roles: OPERATOR_ONLY,
    // The matrix is everyone's and nobody's: the same rule (the default, so it changes nothing) on all three sides.
    op: () => withInput('setSupportRule', 'SupportRuleInput', MATRIX_RULE, 'issueType'),
    expect: { operator: ['OK', 'OK', 'OK'] },
  },
};

test('the matrix covers every mutation of the schema and every role', () => {
  expect(Object.keys(buildGraphQLSchema().getMutationType()!.getFields()).sort()).toEqual(Object.keys(CASES).sort());
  expect(Object.keys(ROLE_KIND).sort()).toEqual(Object.values(Role).sort());
  for (const [name, c] of Object.entries(CASES)) {
    const kinds = Object.keys(c.expect).sort();
    const allowed = [...new Set(c.roles.map((role) => ROLE_KIND[role]))].sort();
    expect([name, kinds]).toEqual([name, allowed]);
  }
});

const rows = Object.keys(CASES).flatMap((name) => Object.values(Role).map((role) => [name, role] as [string, Role]));
let worlds = 0;

test.each(rows)('%s as %s: own, foreign, missing', async (name, role) => {
  const c = CASES[name];
  const kind = ROLE_KIND[role];
  const x = `${p}${(worlds += 1)}-`;
  const w = world(x);
  const passesRole = c.roles.includes(role);
  if (passesRole) {
    await plantWorld(w);
    await c.setup?.(w);
  }
  const caller = testCaller([role], {
    partnerId: kind === 'partner' || kind === 'none' ? (role === Role.ANALYST ? undefined : w[c.org?.partner ?? 'res']) : undefined,
    publisherId: kind === 'publisher' ? w[c.org?.publisher ?? 'pub'] : undefined,
  });
  const expected = passesRole ? c.expect[kind]! : (['FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN'] as const);
  const seen: string[] = [];
  for (const side of SIDES) {
    const [query, variables] = c.op(w, side, kind);
    const res = await graph.execute(query, variables, caller);
    seen.push(`${side}:${res.errors?.[0]?.extensions?.code ?? 'OK'}`);
  }
  expect(seen).toEqual(SIDES.map((side, i) => `${side}:${expected[i]}`));
});
