import { countGraph, deleteTestData, GraphQLResponse, openTestGraph, TestGraph, testIdPrefix } from '../../support/test-graph';

const P = testIdPrefix();
const id = (name: string) => `${P}${name}`;

let graph: TestGraph;
beforeAll(async () => {
  graph = await openTestGraph();
});
afterAll(async () => {
  await deleteTestData(graph.db, P);
  await graph.close();
});

/** Runs a mutation that must succeed and returns its data. */
async function ok(query: string, variables: Record<string, unknown> = {}): Promise<Record<string, any>> {
  const res = await graph.execute(query, variables);
  expect(res.errors).toBeUndefined();
  return res.data!;
}

/** Runs a mutation that must be refused with BAD_USER_INPUT and returns the error's field and message. */
async function refused(query: string, variables: Record<string, unknown> = {}): Promise<{ field: string; message: string }> {
  const before = await countGraph(graph.db);
  const res: GraphQLResponse = await graph.execute(query, variables);
  expect(res.errors).toHaveLength(1);
  expect(res.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
  // A refused mutation writes nothing, not even an audit record.
  expect(await countGraph(graph.db)).toEqual(before);
  return { field: res.errors![0].extensions!.field, message: res.errors![0].message };
}

const UPSERT_CUSTOMER = `mutation ($input: CustomerInput!) { upsertCustomer(input: $input) { id name } }`;
const UPSERT_PARTNER = `mutation ($input: PartnerInput!) { upsertPartner(input: $input) { id name kind } }`;
const UPSERT_PUBLISHER = `mutation ($input: PublisherInput!) { upsertPublisher(input: $input) { id name isMicrosoft } }`;
const UPSERT_OFFER = `mutation ($input: OfferInput!) { upsertOffer(input: $input) { id name publisher { id } } }`;
const UPSERT_CONTACT = `mutation ($input: SupportContactInput!) { upsertSupportContact(input: $input) { id kind email phone url } }`;
const UPSERT_RESOURCE = `mutation ($input: ResourceInput!) { upsertResource(input: $input) { id kind url offer { id } } }`;
const RECORD = `mutation ($input: RecordSubscriptionInput!) {
  recordSubscription(input: $input) { id startedAt endedAt salesModel partnerOfRecord { id } indirectProvider { id } customer { id } offer { id } }
}`;
const END = `mutation ($input: EndSubscriptionInput!) { endSubscription(input: $input) { id endedAt } }`;
const LINK = `mutation ($input: LinkResellerInput!) { linkReseller(input: $input) { reseller { id } provider { id } active } }`;
const UNLINK = `mutation ($input: UnlinkResellerInput!) { unlinkReseller(input: $input) { reseller { id } provider { id } active } }`;
const DESIGNATE = `mutation ($input: SubscriptionSupportContactInput!) { setSubscriptionSupportContact(input: $input) { id } }`;
const CHANGES = `query ($entityId: ID!, $first: Int, $after: String) {
  changes(entityId: $entityId, first: $first, after: $after) {
    totalCount
    edges { cursor node { id at callerId operation entityType entityId before after } }
    pageInfo { hasNextPage endCursor }
  }
}`;
const PATH = `query ($customerId: ID!, $offerId: ID!, $at: DateTime) {
  supportPath(customerId: $customerId, offerId: $offerId, issueType: BILLING, at: $at) {
    subscription { id } steps { role party { id } }
  }
}`;

async function changesOf(entityId: string) {
  return (await ok(CHANGES, { entityId, first: 50 })).changes;
}

/** A small world every test builds on: an ISV with an offer, a direct partner, two providers and a reseller of one. */
beforeAll(async () => {
  await ok(UPSERT_PUBLISHER, { input: { id: id('pub'), name: 'Fourth Coffee Software' } });
  await ok(UPSERT_OFFER, { input: { id: id('off'), name: 'Fourth Coffee Analytics', publisherId: id('pub'), offerType: 'SAAS' } });
  await ok(UPSERT_PARTNER, { input: { id: id('direct'), name: 'Direct One', kind: 'DIRECT' } });
  await ok(UPSERT_PARTNER, { input: { id: id('prov-a'), name: 'Provider A', kind: 'INDIRECT_PROVIDER' } });
  await ok(UPSERT_PARTNER, { input: { id: id('prov-b'), name: 'Provider B', kind: 'INDIRECT_PROVIDER' } });
  await ok(UPSERT_PARTNER, { input: { id: id('resel'), name: 'Reseller R', kind: 'INDIRECT_RESELLER' } });
  await ok(UPSERT_PARTNER, { input: { id: id('resel-2'), name: 'Reseller S', kind: 'INDIRECT_RESELLER' } });
  await ok(LINK, { input: { resellerId: id('resel'), providerId: id('prov-a'), effectiveAt: '2024-01-01T00:00:00Z' } });
  await ok(UPSERT_CUSTOMER, { input: { id: id('cust'), name: 'Customer C' } });
});

describe('upserts', () => {
  test.each([
    ['customer', UPSERT_CUSTOMER, { id: 'c2', name: 'Customer Two' }, 'upsertCustomer'],
    ['partner', UPSERT_PARTNER, { id: 'p2', name: 'Partner Two', kind: 'DIRECT' }, 'upsertPartner'],
    ['publisher', UPSERT_PUBLISHER, { id: 'pub2', name: 'Publisher Two' }, 'upsertPublisher'],
  ])('a %s is created, then a second identical call changes nothing', async (_kind, mutation, input, field) => {
    const withId = { ...input, id: id(input.id) };
    const first = await ok(mutation, { input: withId });
    expect(first[field]).toMatchObject({ ...withId });
    const counts = await countGraph(graph.db);
    await ok(mutation, { input: withId });
    expect(await countGraph(graph.db)).toEqual(counts);
    const audit = await changesOf(withId.id);
    expect(audit.totalCount).toBe(1);
    expect(audit.edges[0].node).toMatchObject({ operation: field, callerId: 'local-analyst', entityId: withId.id, before: null });
  });

  test('an offer, a contact and a resource are written with their owner, and renaming is audited with old and new values', async () => {
    expect((await ok(UPSERT_OFFER, { input: { id: id('off2'), name: 'Old name', publisherId: id('pub'), offerType: 'AZURE_APPLICATION' } })).upsertOffer).toEqual({
      id: id('off2'),
      name: 'Old name',
      publisher: { id: id('pub') },
    });
    await ok(UPSERT_OFFER, { input: { id: id('off2'), name: 'New name', publisherId: id('pub'), offerType: 'AZURE_APPLICATION' } });
    const audit = await changesOf(id('off2'));
    expect(audit.edges.map((e: any) => [e.node.operation, e.node.before, e.node.after])).toEqual([
      ['upsertOffer', { name: 'Old name', offerType: 'AZURE_APPLICATION', publisherId: id('pub') }, { name: 'New name', offerType: 'AZURE_APPLICATION', publisherId: id('pub') }],
      ['upsertOffer', null, { name: 'Old name', offerType: 'AZURE_APPLICATION', publisherId: id('pub') }],
    ]);

    const contact = { id: id('ctc'), ownerId: id('off2'), kind: 'ENGINEERING', email: 'eng@fourthcoffee.example', phone: '+1 425 555 0199' };
    expect((await ok(UPSERT_CONTACT, { input: contact })).upsertSupportContact).toEqual({
      id: id('ctc'),
      kind: 'ENGINEERING',
      email: 'eng@fourthcoffee.example',
      phone: '+1 425 555 0199',
      url: null,
    });
    const offer = await ok(`{ offer(id: "${id('off2')}") { contacts { id } } }`);
    expect(offer.offer.contacts).toEqual([{ id: id('ctc') }]);

    const resource = { id: id('res'), offerId: id('off2'), kind: 'TRAINING', url: 'https://learn.fourthcoffee.example' };
    expect((await ok(UPSERT_RESOURCE, { input: resource })).upsertResource).toEqual({ ...resource, offerId: undefined, offer: { id: id('off2') } });
    expect((await changesOf(id('res'))).edges[0].node.after).toEqual({ offerId: id('off2'), kind: 'TRAINING', url: 'https://learn.fourthcoffee.example' });
  });
});

describe('refusals name the field', () => {
  test.each([
    ['an empty name', UPSERT_CUSTOMER, { id: 'x1', name: '  ' }, 'input.name', /must not be empty/],
    ['an id with spaces', UPSERT_CUSTOMER, { id: 'x 2', name: 'X' }, 'input.id', /no spaces/],
    ['an unknown publisher', UPSERT_OFFER, { id: 'x3', name: 'X', publisherId: 'nobody', offerType: 'SAAS' }, 'input.publisherId', /no publisher with id "nobody"/],
    ['a malformed email', UPSERT_CONTACT, { id: 'x4', ownerId: 'direct', kind: 'SUPPORT_DESK', email: 'not-an-email' }, 'input.email', /valid email/],
    ['a malformed phone', UPSERT_CONTACT, { id: 'x5', ownerId: 'direct', kind: 'SUPPORT_DESK', phone: '555-HELP' }, 'input.phone', /international form/],
    ['a malformed URL', UPSERT_CONTACT, { id: 'x6', ownerId: 'direct', kind: 'SUPPORT_DESK', url: 'ftp:/nowhere' }, 'input.url', /http\(s\) URL/],
    ['a contact with no way to reach it', UPSERT_CONTACT, { id: 'x7', ownerId: 'direct', kind: 'SUPPORT_DESK' }, 'input.email', /email, a phone or a URL/],
    ['a contact kind its owner cannot have', UPSERT_CONTACT, { id: 'x8', ownerId: 'direct', kind: 'ENGINEERING', email: 'a@b.example' }, 'input.kind', /SUPPORT_DESK, not ENGINEERING/],
    ['a partner changing kind', UPSERT_PARTNER, { id: 'direct', name: 'Direct One', kind: 'INDIRECT_RESELLER' }, 'input.kind', /kind never changes/],
    ['an id taken by another kind', UPSERT_CUSTOMER, { id: 'direct', name: 'X' }, 'input.id', /already the id of a partner/],
    ['a resource URL that is not one', UPSERT_RESOURCE, { id: 'x9', offerId: 'off', kind: 'TRAINING', url: 'training' }, 'input.url', /http\(s\) URL/],
  ])('%s', async (_what, mutation, input, field, reason) => {
    const withIds = Object.fromEntries(
      Object.entries(input).map(([k, v]) => [k, ['id', 'ownerId', 'offerId'].includes(k) || (k === 'publisherId' && v !== 'nobody') ? id(v) : v]),
    );
    const error = await refused(mutation, { input: withIds });
    expect(error.field).toBe(field);
    expect(error.message).toMatch(reason);
  });

  test('a second Microsoft publisher', async () => {
    const error = await refused(UPSERT_PUBLISHER, { input: { id: id('ms2'), name: 'Microsoft again', isMicrosoft: true } });
    expect(error).toEqual({ field: 'input.isMicrosoft', message: expect.stringContaining('"pub-microsoft" is already the Microsoft publisher') });
  });

  test.each([
    ['a reseller as the provider', { partnerId: 'resel', providerId: 'resel-2' }, 'input.providerId', /INDIRECT_RESELLER partner; a reseller buys through an INDIRECT_PROVIDER/],
    ['a provider as the partner of record', { partnerId: 'prov-a', providerId: null }, 'input.partnerId', /INDIRECT_PROVIDER partner/],
    ['a reseller without its provider', { partnerId: 'resel', providerId: null }, 'input.providerId', /name the indirect provider/],
    ['a provider the reseller does not buy through', { partnerId: 'resel', providerId: 'prov-b' }, 'input.providerId', /does not buy through/],
    ['a direct sale with a provider', { partnerId: 'direct', providerId: 'prov-a' }, 'input.providerId', /direct sale has no indirect provider/],
    ['an unknown customer', { customerId: 'nobody', partnerId: 'direct', providerId: null }, 'input.customerId', /no customer with id "nobody"/],
  ])('a subscription with %s', async (_what, parties: Record<string, string | null>, field, reason) => {
    const input = { id: id('sub-bad'), customerId: id('cust'), offerId: id('off'), ...parties } as Record<string, string | null>;
    for (const key of ['partnerId', 'providerId'] as const) if (input[key]) input[key] = id(input[key]!);
    const error = await refused(RECORD, { input });
    expect(error.field).toBe(field);
    expect(error.message).toMatch(reason);
  });
});

describe('subscriptions and their history', () => {
  test('a direct subscription is recorded once however often it is sent, and ending it keeps its past answerable', async () => {
    const input = { id: id('sub-d'), customerId: id('cust'), offerId: id('off'), partnerId: id('direct'), effectiveAt: '2024-02-01T00:00:00Z' };
    const first = (await ok(RECORD, { input })).recordSubscription;
    expect(first).toEqual({
      id: id('sub-d'),
      startedAt: '2024-02-01T00:00:00.000Z',
      endedAt: null,
      salesModel: 'DIRECT',
      partnerOfRecord: { id: id('direct') },
      indirectProvider: null,
      customer: { id: id('cust') },
      offer: { id: id('off') },
    });
    const counts = await countGraph(graph.db);
    await ok(RECORD, { input: { ...input, effectiveAt: null } });
    expect(await countGraph(graph.db)).toEqual(counts);

    const ended = await ok(END, { input: { subscriptionId: id('sub-d'), effectiveAt: '2024-06-01T00:00:00Z' } });
    expect(ended.endSubscription).toEqual({ id: id('sub-d'), endedAt: '2024-06-01T00:00:00.000Z' });
    const again = await ok(END, { input: { subscriptionId: id('sub-d') } });
    expect(again.endSubscription.endedAt).toBe('2024-06-01T00:00:00.000Z');

    const customer = await ok(`{ customer(id: "${id('cust')}") { subscriptions { id } } }`);
    expect(customer.customer.subscriptions).toEqual([]);
    const past = await graph.execute(PATH, { customerId: id('cust'), offerId: id('off'), at: '2024-03-01T00:00:00Z' });
    expect(past.data!.supportPath.steps.map((s: any) => s.party.id)).toEqual([id('direct'), 'pub-microsoft']);
    const now = await graph.execute(PATH, { customerId: id('cust'), offerId: id('off') });
    expect(now.errors![0].extensions!.code).toBe('NOT_FOUND');
    const before = await graph.execute(PATH, { customerId: id('cust'), offerId: id('off'), at: '2024-01-15T00:00:00Z' });
    expect(before.errors![0].extensions!.code).toBe('NOT_FOUND');

    const audit = await changesOf(id('sub-d'));
    expect(audit.edges.map((e: any) => e.node.operation)).toEqual(['endSubscription', 'recordSubscription']);
    expect(audit.edges[0].node.after).toMatchObject({ validTo: '2024-06-01T00:00:00.000Z', partnerId: id('direct') });
  });

  test('an ended subscription cannot be recorded again, nor changed', async () => {
    const error = await refused(RECORD, {
      input: { id: id('sub-d'), customerId: id('cust'), offerId: id('off'), partnerId: id('resel'), providerId: id('prov-a') },
    });
    expect(error.field).toBe('input.validTo');
    expect(error.message).toMatch(/ended at 2024-06-01T00:00:00.000Z/);
  });

  test('supportPath(at:) follows a reseller that moves to another provider', async () => {
    await ok(UPSERT_CUSTOMER, { input: { id: id('cust-m'), name: 'Moving customer' } });
    const sub = { id: id('sub-m'), customerId: id('cust-m'), offerId: id('off'), partnerId: id('resel'), providerId: id('prov-a'), effectiveAt: '2024-02-01T00:00:00Z' };
    expect((await ok(RECORD, { input: sub })).recordSubscription.indirectProvider).toEqual({ id: id('prov-a') });

    // Unlinking while subscriptions run through the provider needs to say where they go.
    const error = await refused(UNLINK, { input: { resellerId: id('resel'), providerId: id('prov-a'), effectiveAt: '2024-07-01T00:00:00Z' } });
    expect(error.field).toBe('input.moveSubscriptionsTo');
    const notLinked = await refused(UNLINK, {
      input: { resellerId: id('resel'), providerId: id('prov-a'), moveSubscriptionsTo: id('prov-b'), effectiveAt: '2024-07-01T00:00:00Z' },
    });
    expect(notLinked.message).toMatch(/does not buy through/);

    expect((await ok(LINK, { input: { resellerId: id('resel'), providerId: id('prov-b'), effectiveAt: '2024-06-15T00:00:00Z' } })).linkReseller).toEqual({
      reseller: { id: id('resel') },
      provider: { id: id('prov-b') },
      active: true,
    });
    const moved = await ok(UNLINK, {
      input: { resellerId: id('resel'), providerId: id('prov-a'), moveSubscriptionsTo: id('prov-b'), effectiveAt: '2024-07-01T00:00:00Z' },
    });
    expect(moved.unlinkReseller.active).toBe(false);
    const counts = await countGraph(graph.db);
    await ok(UNLINK, { input: { resellerId: id('resel'), providerId: id('prov-a'), moveSubscriptionsTo: id('prov-b') } });
    expect(await countGraph(graph.db)).toEqual(counts);

    const pathAt = async (at?: string) =>
      (await ok(PATH, { customerId: id('cust-m'), offerId: id('off'), at })).supportPath.steps.map((s: any) => `${s.role}:${s.party.id}`);
    expect(await pathAt('2024-03-01T00:00:00Z')).toEqual([`PARTNER_OF_RECORD:${id('resel')}`, `INDIRECT_PROVIDER:${id('prov-a')}`, 'MICROSOFT:pub-microsoft']);
    expect(await pathAt('2024-08-01T00:00:00Z')).toEqual([`PARTNER_OF_RECORD:${id('resel')}`, `INDIRECT_PROVIDER:${id('prov-b')}`, 'MICROSOFT:pub-microsoft']);
    expect(await pathAt()).toEqual(await pathAt('2024-08-01T00:00:00Z'));

    const resellerAudit = await changesOf(id('resel'));
    expect(resellerAudit.edges[0].node).toMatchObject({
      operation: 'unlinkReseller',
      before: { links: [{ providerId: id('prov-a'), since: '2024-01-01T00:00:00.000Z' }, { providerId: id('prov-b'), since: '2024-06-15T00:00:00.000Z' }] },
      after: { links: [{ providerId: id('prov-b'), since: '2024-06-15T00:00:00.000Z' }] },
    });
    const subAudit = await changesOf(id('sub-m'));
    expect(subAudit.edges[0].node).toMatchObject({ operation: 'unlinkReseller', before: { providerId: id('prov-a') }, after: { providerId: id('prov-b'), changedAt: '2024-07-01T00:00:00.000Z' } });
  });

  test('a designated support contact must buy through the subscription provider', async () => {
    const wrong = await refused(DESIGNATE, { input: { subscriptionId: id('sub-m'), resellerId: id('resel-2') } });
    expect(wrong.field).toBe('input.resellerId');
    expect(wrong.message).toMatch(new RegExp(`does not buy through "${id('prov-b')}"`));
    const notReseller = await refused(DESIGNATE, { input: { subscriptionId: id('sub-m'), resellerId: id('direct') } });
    expect(notReseller.field).toBe('input.resellerId');
    const ended = await refused(DESIGNATE, { input: { subscriptionId: id('sub-d'), resellerId: id('resel') } });
    expect(ended).toEqual({ field: 'input.subscriptionId', message: expect.stringContaining('ended at') });

    await ok(LINK, { input: { resellerId: id('resel-2'), providerId: id('prov-b'), effectiveAt: '2024-07-15T00:00:00Z' } });
    await ok(DESIGNATE, { input: { subscriptionId: id('sub-m'), resellerId: id('resel-2'), effectiveAt: '2024-08-01T00:00:00Z' } });
    const counts = await countGraph(graph.db);
    await ok(DESIGNATE, { input: { subscriptionId: id('sub-m'), resellerId: id('resel-2') } });
    expect(await countGraph(graph.db)).toEqual(counts);
    const audit = await changesOf(id('sub-m'));
    expect(audit.edges[0].node).toMatchObject({
      operation: 'setSubscriptionSupportContact',
      before: { designatedSupportId: null },
      after: { designatedSupportId: id('resel-2') },
    });

    // The designation lapses when the designated reseller stops buying through the provider.
    await ok(LINK, { input: { resellerId: id('resel-2'), providerId: id('prov-a'), effectiveAt: '2024-08-02T00:00:00Z' } });
    await ok(UNLINK, { input: { resellerId: id('resel-2'), providerId: id('prov-b'), effectiveAt: '2024-09-01T00:00:00Z' } });
    const lapsed = (await changesOf(id('sub-m'))).edges[0].node;
    expect(lapsed).toMatchObject({ operation: 'unlinkReseller', before: { designatedSupportId: id('resel-2') }, after: { designatedSupportId: null } });
  });
});

describe('the support matrix', () => {
  const ACCOUNT_SETUP = { offerCategory: 'THIRD_PARTY', issueType: 'ACCOUNT_SETUP' };
  const SET_RULE = `mutation ($input: SupportRuleInput!) {
    setSupportRule(input: $input) { offerCategory issueType steps { rank role duty contactKinds clauses { clause } offerTypes resourceKinds } }
  }`;
  const defaultSteps = [
    { role: 'PARTNER_OF_RECORD', duty: 'RESPONSIBLE', contactKinds: ['SUPPORT_DESK'] },
    { role: 'INDIRECT_PROVIDER', duty: 'SHARED', contactKinds: ['SUPPORT_DESK'] },
    { role: 'MICROSOFT', duty: 'PLATFORM', contactKinds: ['PARTNER_SUPPORT'] },
  ];
  let original: any;

  beforeAll(async () => {
    original = (await changesOrRule()).steps;
  });
  afterAll(async () => {
    await ok(SET_RULE, { input: { ...ACCOUNT_SETUP, steps: original.map(({ rank: _r, ...s }: any) => s) } });
  });

  async function changesOrRule() {
    const rows = await graph.db.read<any>('unscoped/support-matrix/find-support-rules', { keys: [ACCOUNT_SETUP] });
    return rows[0];
  }

  test('a rule is replaced, audited, and a broken one refused with the step at fault', async () => {
    expect(original.map((s: any) => ({ role: s.role, duty: s.duty, contactKinds: s.contactKinds }))).toEqual(defaultSteps);
    const edited = [
      { role: 'PARTNER_OF_RECORD', duty: 'FIRST_CONTACT', contactKinds: ['SUPPORT_DESK'], clauses: ['PARTNER_ROUTING'], offerTypes: null, resourceKinds: [] },
      { role: 'INDIRECT_PROVIDER', duty: 'SHARED', contactKinds: ['SUPPORT_DESK'], clauses: ['INDIRECT_MODEL'], offerTypes: null, resourceKinds: [] },
      { role: 'PUBLISHER', duty: 'RESPONSIBLE', contactKinds: ['CUSTOMER_SUPPORT'], clauses: ['ISV_ROLE'], offerTypes: ['SAAS'], resourceKinds: [] },
    ];
    const res = await ok(SET_RULE, { input: { ...ACCOUNT_SETUP, steps: edited } });
    const answered = edited.map((step, i) => ({ rank: i + 1, ...step, clauses: step.clauses.map((clause) => ({ clause })) }));
    expect(res.setSupportRule).toEqual({ ...ACCOUNT_SETUP, steps: answered });
    const audit = (await changesOf('THIRD_PARTY:ACCOUNT_SETUP')).edges[0].node;
    expect(audit.operation).toBe('setSupportRule');
    expect(audit.after.steps).toEqual(edited.map((step, i) => ({ rank: i + 1, ...step })));

    const error = await refused(SET_RULE, {
      input: { offerCategory: 'THIRD_PARTY', issueType: 'TECHNICAL', steps: [...edited, { role: 'MICROSOFT', duty: 'RESPONSIBLE', contactKinds: [], clauses: ['MICROSOFT_ROLE'] }] },
    });
    expect(error.field).toBe('input.steps[3].duty');
    expect(error.message).toMatch(/never RESPONSIBLE/);

    // Limited to SaaS, the provider's step would leave indirect paths on other offers without it.
    const limited = await refused(SET_RULE, {
      input: { ...ACCOUNT_SETUP, steps: [edited[0], { ...edited[1], offerTypes: ['SAAS'] }] },
    });
    expect(limited.field).toBe('input.steps[1].offerTypes');
  });
});

describe('removals', () => {
  const REMOVE = (what: string) => `mutation ($id: ID!) { ${what}(id: $id) { id removed } }`;

  test('what is still referred to is refused, with the reason', async () => {
    const partner = await refused(REMOVE('removePartner'), { id: id('resel') });
    expect(partner.field).toBe('id');
    expect(partner.message).toMatch(/subscription\(s\), current or past, refer to it/);
    const publisher = await refused(REMOVE('removePublisher'), { id: id('pub') });
    expect(publisher.message).toMatch(/publishes 2 offer\(s\)/);
    const customer = await refused(REMOVE('removeCustomer'), { id: id('cust-m') });
    expect(customer.message).toMatch(/1 current subscription\(s\): end them first/);
    const wrongKind = await refused(REMOVE('removeCustomer'), { id: id('pub') });
    expect(wrongKind.message).toMatch(/is a publisher, not a customer/);
  });

  test('an offer goes with its contacts and resources, once; a customer with its ended subscriptions', async () => {
    expect((await ok(REMOVE('removeOffer'), { id: id('off2') })).removeOffer).toEqual({ id: id('off2'), removed: true });
    expect((await ok(REMOVE('removeOffer'), { id: id('off2') })).removeOffer).toEqual({ id: id('off2'), removed: false });
    expect(await ok(`{ offer(id: "${id('off2')}") { id } }`)).toEqual({ offer: null });
    for (const gone of [id('off2'), id('ctc'), id('res')]) {
      const audit = (await changesOf(gone)).edges[0].node;
      expect([audit.operation, audit.after]).toEqual(['removeOffer', null]);
    }
    expect((await ok(REMOVE('removeCustomer'), { id: id('cust') })).removeCustomer.removed).toBe(true);
    expect((await changesOf(id('sub-d'))).edges[0].node).toMatchObject({ operation: 'removeCustomer', after: null });
  });
});

test('changes pages newest first with opaque cursors', async () => {
  for (const name of ['v1', 'v2', 'v3']) await ok(UPSERT_CUSTOMER, { input: { id: id('paged'), name } });
  const first = (await ok(CHANGES, { entityId: id('paged'), first: 2 })).changes;
  expect(first.totalCount).toBe(3);
  expect(first.edges.map((e: any) => e.node.after.name)).toEqual(['v3', 'v2']);
  expect(first.pageInfo.hasNextPage).toBe(true);
  const second = (await ok(CHANGES, { entityId: id('paged'), first: 2, after: first.pageInfo.endCursor })).changes;
  expect(second.edges.map((e: any) => e.node.after.name)).toEqual(['v1']);
  expect(second.pageInfo.hasNextPage).toBe(false);
});
