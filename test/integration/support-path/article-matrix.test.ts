import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { createApp, App } from '../../../src/app';
import { loadConfig } from '../../../src/config';
import { connectGraph, GraphConnection } from '../../../src/graph/connect';
import { testNeo4jEnv } from '../../support/test-neo4j';

/**
 * Acceptance test of the default matrix against the source article (docs/domain.md, "The default
 * matrix"): for every subscription of the sample graph, every issue type and both audiences, the
 * path a client gets over HTTP is the one the article signs. The expected matrix is written out
 * here from docs/domain.md, not read from seeds/, so a wrong seed cannot make it pass; the graph's
 * facts (parties, contacts, audiences, offer types) are read through GraphQL.
 */

type Role = 'PARTNER_OF_RECORD' | 'INDIRECT_PROVIDER' | 'PUBLISHER' | 'MICROSOFT';
type Audience = 'PARTNERS' | 'CUSTOMERS';
interface RuleStep {
  role: Role;
  duty: 'FIRST_CONTACT' | 'RESPONSIBLE' | 'SHARED' | 'PLATFORM';
  clauses: string[];
  /** Only on offers of these types; absent: every offer. */
  offerTypes?: string[];
  /** The ISV resources the step carries, when the offer has them (ISV_ENABLEMENT). */
  resourceKinds?: string[];
}

const ISSUE_TYPES = [
  'TECHNICAL',
  'BILLING',
  'SUBSCRIPTION_MANAGEMENT',
  'ACCOUNT_SETUP',
  'ACCOUNT_PAYMENT',
  'COMMERCE_PLATFORM',
  'DEPLOYMENT_PROVISIONING',
  'OUTAGE',
] as const;
type IssueType = (typeof ISSUE_TYPES)[number];
const AUDIENCES: Audience[] = ['PARTNERS', 'CUSTOMERS'];
const AZURE_BASED = ['AZURE_APPLICATION', 'AZURE_VIRTUAL_MACHINE', 'AZURE_CONTAINER'];

/** The kinds of contact each role's step shows, in the order a path lists them. */
const CONTACT_KINDS: Record<Role, string[]> = {
  PARTNER_OF_RECORD: ['SUPPORT_DESK'],
  INDIRECT_PROVIDER: ['SUPPORT_DESK'],
  PUBLISHER: ['CUSTOMER_SUPPORT', 'ENGINEERING'],
  MICROSOFT: ['PARTNER_SUPPORT'],
};

/** Present on every path of an indirect subscription, right after the partner of record. */
const IP: RuleStep = { role: 'INDIRECT_PROVIDER', duty: 'SHARED', clauses: ['INDIRECT_MODEL'] };
const PARTNER_OWNS = (clauses: string[]): RuleStep[] => [
  { role: 'PARTNER_OF_RECORD', duty: 'RESPONSIBLE', clauses },
  IP,
  { role: 'MICROSOFT', duty: 'PLATFORM', clauses: ['MICROSOFT_ROLE'] },
];

/** docs/domain.md, third-party ISV offer, clauses in the order it lists them. */
const THIRD_PARTY: Record<IssueType, RuleStep[]> = {
  TECHNICAL: [
    { role: 'PARTNER_OF_RECORD', duty: 'FIRST_CONTACT', clauses: ['PARTNER_ROUTING'] },
    IP,
    { role: 'PUBLISHER', duty: 'RESPONSIBLE', clauses: ['ISV_ROLE', 'INTRO_TECHNICAL'], resourceKinds: ['USER_DOCUMENTATION', 'TRAINING'] },
  ],
  BILLING: PARTNER_OWNS(['INTRO_BILLING', 'PARTNER_ROLE']),
  SUBSCRIPTION_MANAGEMENT: PARTNER_OWNS(['INTRO_BILLING', 'PARTNER_ROLE']),
  ACCOUNT_SETUP: PARTNER_OWNS(['PARTNER_ROLE']),
  ACCOUNT_PAYMENT: PARTNER_OWNS(['PARTNER_ROLE']),
  COMMERCE_PLATFORM: PARTNER_OWNS(['PARTNER_ROLE']),
  DEPLOYMENT_PROVISIONING: [
    { role: 'PARTNER_OF_RECORD', duty: 'FIRST_CONTACT', clauses: ['PARTNER_ROUTING'] },
    IP,
    { role: 'PUBLISHER', duty: 'RESPONSIBLE', clauses: ['ISV_ROLE'], resourceKinds: ['USER_DOCUMENTATION', 'TRAINING'] },
    { role: 'MICROSOFT', duty: 'PLATFORM', clauses: ['MICROSOFT_ROLE'], offerTypes: AZURE_BASED },
  ],
  OUTAGE: [
    { role: 'PARTNER_OF_RECORD', duty: 'FIRST_CONTACT', clauses: ['ISV_ENABLEMENT'] },
    IP,
    { role: 'PUBLISHER', duty: 'RESPONSIBLE', clauses: ['ISV_ENABLEMENT'], resourceKinds: ['OUTAGE_NOTIFICATIONS'] },
  ],
};

/** docs/domain.md, Microsoft first-party offer: the article only backs the partner's billing and subscription duty. */
const FIRST_PARTY = (issueType: IssueType): RuleStep[] => [
  {
    role: 'PARTNER_OF_RECORD',
    duty: 'RESPONSIBLE',
    clauses: issueType === 'BILLING' || issueType === 'SUBSCRIPTION_MANAGEMENT' ? ['INTRO_BILLING'] : ['PROGRAM_PRACTICE'],
  },
  IP,
  { role: 'MICROSOFT', duty: 'PLATFORM', clauses: ['PROGRAM_PRACTICE'] },
];

/** Words of the old reasons that no clause says. */
const CLAIMS_BEYOND_THE_ARTICLE = /escalat|never directly|once deployed|must hear/i;

const ROOT = path.join(__dirname, '..', '..', '..');
/** The project's clause table: what each cited clause must quote and translate. */
const CLAUSE_TABLE = new Map<string, { quote: string; translation: string }>(
  (JSON.parse(fs.readFileSync(path.join(ROOT, 'seeds', 'article-clauses.json'), 'utf8')).clauses as Array<{ clause: string; quote: string; translation: string }>).map(
    (c) => [c.clause, { quote: c.quote, translation: c.translation }],
  ),
);
/**
 * Which resource kinds each sample offer has. GraphQL lists no offer's resources, so this one fact
 * comes from the sample graph the test run loaded (seeds/sample-graph.json).
 */
const OFFER_RESOURCE_KINDS = new Map<string, Set<string>>();
for (const r of JSON.parse(fs.readFileSync(path.join(ROOT, 'seeds', 'sample-graph.json'), 'utf8')).resources as Array<{ offerId: string; kind: string }>) {
  OFFER_RESOURCE_KINDS.set(r.offerId, (OFFER_RESOURCE_KINDS.get(r.offerId) ?? new Set()).add(r.kind));
}

let graph: GraphConnection;
let app: App;
let url: string;

async function post(query: string, variables: Record<string, unknown> = {}): Promise<any> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
  return res.json();
}
async function data(query: string, variables: Record<string, unknown> = {}): Promise<any> {
  const body = await post(query, variables);
  expect(body.errors).toBeUndefined();
  return body.data;
}

interface Contact {
  id: string;
  kind: string;
  audience: Audience[];
}
interface Sub {
  id: string;
  customerId: string;
  offerId: string;
  partnerOfRecordId: string;
  indirectProviderId: string | null;
  designatedSupportId: string | null;
}
interface OfferFacts {
  offerType: string;
  publisherId: string;
  isMicrosoft: boolean;
  /** The offer's own contacts, completed by its publisher's (the offer details page). */
  contacts: Contact[];
}

/** What the graph says, read over HTTP before any path is asked for. */
const world = {
  subscriptions: [] as Sub[],
  offers: new Map<string, OfferFacts>(),
  partners: new Map<string, { kind: string; contacts: Contact[] }>(),
  microsoft: { id: '', contacts: [] as Contact[] },
};

const CONTACT = 'contacts { id kind audience }';

beforeAll(async () => {
  const config = loadConfig(testNeo4jEnv());
  graph = await connectGraph(config.neo4j, { seedWhenEmpty: false, log: () => {} });
  app = await createApp(config, graph, { info: () => {}, error: () => {} });
  await new Promise<void>((resolve) => app.httpServer.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(app.httpServer.address() as AddressInfo).port}/graphql`;

  // No authentication configured, on loopback: the caller is the local analyst, who sees everything.
  // Two listings rather than one, each within the default query cost limit.
  const what = await data(`{ subscriptions(first: 100) { totalCount edges { node { id customer { id } offer { id } } } } }`);
  const who = await data(`{ subscriptions(first: 100) { edges { node { id partnerOfRecord { id } indirectProvider { id } designatedSupport { id } } } } }`);
  expect(what.subscriptions.totalCount).toBe(what.subscriptions.edges.length);
  expect(who.subscriptions.edges.map((e: any) => e.node.id)).toEqual(what.subscriptions.edges.map((e: any) => e.node.id));
  world.subscriptions = what.subscriptions.edges.map(({ node }: any, i: number) => {
    const parties = who.subscriptions.edges[i].node;
    return {
      id: node.id,
      customerId: node.customer.id,
      offerId: node.offer.id,
      partnerOfRecordId: parties.partnerOfRecord.id,
      indirectProviderId: parties.indirectProvider?.id ?? null,
      designatedSupportId: parties.designatedSupport?.id ?? null,
    };
  });

  for (const offerId of new Set(world.subscriptions.map((s) => s.offerId))) {
    const { offer } = await data(`query ($id: ID!) { offer(id: $id) { offerType publisher { id isMicrosoft } ${CONTACT} } }`, { id: offerId });
    world.offers.set(offerId, { offerType: offer.offerType, publisherId: offer.publisher.id, isMicrosoft: offer.publisher.isMicrosoft, contacts: offer.contacts });
  }
  const partnerIds = new Set(world.subscriptions.flatMap((s) => [s.partnerOfRecordId, s.indirectProviderId, s.designatedSupportId].filter((id): id is string => id !== null)));
  for (const partnerId of partnerIds) {
    const { partner } = await data(`query ($id: ID!) { partner(id: $id) { kind ${CONTACT} } }`, { id: partnerId });
    world.partners.set(partnerId, partner);
  }
  const { publishers } = await data(`{ publishers(filter: { isMicrosoft: true }) { edges { node { id ${CONTACT} } } } }`);
  expect(publishers.edges).toHaveLength(1);
  world.microsoft = publishers.edges[0].node;
});

afterAll(async () => {
  await app.apollo.stop();
  await graph.close();
});

const PATH = /* GraphQL */ `
  query ($customerId: ID!, $offerId: ID!, $issueType: IssueType!, $subscriptionId: ID, $audience: ContactAudience) {
    supportPath(customerId: $customerId, offerId: $offerId, issueType: $issueType, subscriptionId: $subscriptionId, audience: $audience) {
      offer { id offerType publisher { id isMicrosoft } }
      subscription { id partnerOfRecord { id } indirectProvider { id } designatedSupport { id } }
      steps {
        rank role duty
        party { __typename ... on Partner { id kind } ... on Publisher { id isMicrosoft } }
        clauses { clause quote translation }
        contacts { id kind audience }
        missingContactKinds
        resources { kind }
        reachedThroughRank
        reason
      }
      hasGaps
    }
  }
`;

/** The path of one subscription over HTTP; throws with the errors when there is none. */
async function pathOf(sub: Pick<Sub, 'id' | 'customerId' | 'offerId'>, issueType: string, audience: Audience): Promise<any> {
  const body = await post(PATH, { customerId: sub.customerId, offerId: sub.offerId, subscriptionId: sub.id, issueType, audience });
  if (body.errors) throw new Error(`${sub.id} ${issueType} ${audience}: ${JSON.stringify(body.errors)}`);
  return body.data.supportPath;
}
const subscription = (id: string): Sub => {
  const sub = world.subscriptions.find((s) => s.id === id);
  if (!sub) throw new Error(`the sample graph has no current subscription ${id}`);
  return sub;
};

interface ExpectedStep extends RuleStep {
  rank: number;
  partyId: string;
  /** Every contact of the step's kinds the party has, whatever its audience. */
  candidates: Contact[];
}

/** The steps docs/domain.md gives this subscription for this issue type (roles without a party left out). */
function expectedSteps(sub: Sub, issueType: IssueType): ExpectedStep[] {
  const offer = world.offers.get(sub.offerId)!;
  const rule = offer.isMicrosoft ? FIRST_PARTY(issueType) : THIRD_PARTY[issueType];
  const partyOf = (step: RuleStep): string | null => {
    switch (step.role) {
      case 'PARTNER_OF_RECORD':
        return step.duty === 'FIRST_CONTACT' && sub.designatedSupportId ? sub.designatedSupportId : sub.partnerOfRecordId;
      case 'INDIRECT_PROVIDER':
        return sub.indirectProviderId;
      case 'PUBLISHER':
        return offer.publisherId;
      case 'MICROSOFT':
        return world.microsoft.id;
    }
  };
  const contactsOf = (step: RuleStep, partyId: string): Contact[] => {
    const all = step.role === 'PUBLISHER' ? offer.contacts : step.role === 'MICROSOFT' ? world.microsoft.contacts : world.partners.get(partyId)!.contacts;
    return all.filter((c) => CONTACT_KINDS[step.role].includes(c.kind));
  };
  return rule
    .filter((step) => partyOf(step) !== null)
    .filter((step) => !step.offerTypes || step.offerTypes.includes(offer.offerType))
    .map((step, i) => ({ ...step, rank: i + 1, partyId: partyOf(step)!, candidates: contactsOf(step, partyOf(step)!) }));
}

const sorted = (values: string[]): string[] => [...values].sort();
const serves = (contact: Contact, audience: Audience) => contact.audience.includes(audience);

/** Every way the path differs from docs/domain.md, as readable lines (none: it is right). */
function problemsOf(sub: Sub, issueType: IssueType, audience: Audience, answer: any): string[] {
  const problems: string[] = [];
  const at = `${sub.id} ${issueType} ${audience}`;
  const check = (ok: boolean, what: string, detail: unknown) => {
    if (!ok) problems.push(`${at}: ${what}: ${JSON.stringify(detail)}`);
  };
  const offer = world.offers.get(sub.offerId)!;
  check(answer.offer.id === sub.offerId && answer.offer.offerType === offer.offerType && answer.offer.publisher.isMicrosoft === offer.isMicrosoft, 'offer', answer.offer);
  check(
    answer.subscription.id === sub.id &&
      answer.subscription.partnerOfRecord.id === sub.partnerOfRecordId &&
      (answer.subscription.indirectProvider?.id ?? null) === sub.indirectProviderId &&
      (answer.subscription.designatedSupport?.id ?? null) === sub.designatedSupportId,
    'subscription',
    answer.subscription,
  );

  const expected = expectedSteps(sub, issueType);
  const shape = (s: { rank: number; role: string; duty: string; clauses: string[] }) => `${s.rank}:${s.role}:${s.duty}:${s.clauses.join('+')}`;
  const actualShape = answer.steps.map((s: any) => shape({ ...s, clauses: s.clauses.map((c: any) => c.clause) }));
  check(JSON.stringify(actualShape) === JSON.stringify(expected.map(shape)), 'steps (rank:role:duty:clauses)', { expected: expected.map(shape), actual: actualShape });
  if (answer.steps.length !== expected.length) return problems;

  expected.forEach((want, i) => {
    const step = answer.steps[i];
    const here = `step ${want.rank} (${want.role})`;
    // The party: partners by id and kind, Microsoft and the ISV as publishers.
    const isPartner = want.role === 'PARTNER_OF_RECORD' || want.role === 'INDIRECT_PROVIDER';
    check(step.party.__typename === (isPartner ? 'Partner' : 'Publisher') && step.party.id === want.partyId, `${here} party`, { expected: want.partyId, actual: step.party });
    if (isPartner) check(step.party.kind === world.partners.get(want.partyId)!.kind, `${here} party kind`, step.party);
    else check(step.party.isMicrosoft === (want.role === 'MICROSOFT'), `${here} isMicrosoft`, step.party);

    // Each cited clause quotes and translates the article as the clause table has it.
    for (const c of step.clauses) {
      check(c.quote === CLAUSE_TABLE.get(c.clause)?.quote && c.translation === CLAUSE_TABLE.get(c.clause)?.translation, `${here} clause ${c.clause} text`, c);
    }

    // The reason is built from the clauses and claims nothing they do not.
    check(typeof step.reason === 'string' && step.reason.trim().length > 0 && !CLAIMS_BEYOND_THE_ARTICLE.test(step.reason), `${here} reason`, step.reason);

    // Contacts: the step's kinds, of the audience asked for, each once, in the matrix's kind order.
    const contacts: Contact[] = step.contacts;
    const kindOrder = contacts.map((c) => CONTACT_KINDS[want.role].indexOf(c.kind));
    check(kindOrder.every((k, j) => k >= 0 && (j === 0 || k >= kindOrder[j - 1])), `${here} contact kinds and order`, contacts);
    check(contacts.every((c) => serves(c, audience)), `${here} a contact not for ${audience}`, contacts);
    // PLATFORM supports the partner and the ISV, never the end customer directly.
    const usable = audience === 'CUSTOMERS' && want.duty === 'PLATFORM' ? [] : want.candidates.filter((c) => serves(c, audience));
    check(JSON.stringify(sorted(contacts.map((c) => c.id))) === JSON.stringify(sorted(usable.map((c) => c.id))), `${here} contacts`, {
      expected: usable.map((c) => c.id),
      actual: contacts.map((c) => c.id),
    });
    const missing = CONTACT_KINDS[want.role].filter((kind) => !usable.some((c) => c.kind === kind));
    if (audience === 'PARTNERS') {
      check(JSON.stringify(step.missingContactKinds) === JSON.stringify(missing), `${here} missingContactKinds`, { expected: missing, actual: step.missingContactKinds });
      check(step.reachedThroughRank === null, `${here} reachedThroughRank in the partners' view`, step.reachedThroughRank);
    } else if (usable.length > 0) {
      check(step.reachedThroughRank === null, `${here} reachedThroughRank of a step with contacts`, step.reachedThroughRank);
      // A line the party keeps for partners is not a gap in the customer's view; no line of a kind at all is.
      const absent = CONTACT_KINDS[want.role].filter((kind) => !want.candidates.some((c) => c.kind === kind));
      check(JSON.stringify(step.missingContactKinds) === JSON.stringify(absent), `${here} missingContactKinds`, { expected: absent, actual: step.missingContactKinds });
    } else if (want.rank === 1) {
      // Nothing before the first step: a first party without a line for customers is a gap.
      check(step.reachedThroughRank === null && JSON.stringify(step.missingContactKinds) === JSON.stringify(missing), `${here} first step without a customer line`, step);
    } else {
      // The customer reaches this party through an earlier step: said, not reported as a gap.
      const through = step.reachedThroughRank;
      check(Number.isInteger(through) && through >= 1 && through < want.rank, `${here} reachedThroughRank`, through);
      check(step.missingContactKinds.length === 0, `${here} missingContactKinds where the customer goes through step ${through}`, step.missingContactKinds);
    }

    // Resources: on the ISV's step only, the kinds the matrix names that this offer has.
    const resourceKinds: string[] = step.resources.map((r: any) => r.kind);
    const has = OFFER_RESOURCE_KINDS.get(sub.offerId) ?? new Set<string>();
    const wanted = (want.resourceKinds ?? []).filter((k) => has.has(k));
    if (audience === 'PARTNERS') {
      check(JSON.stringify(sorted(resourceKinds)) === JSON.stringify(sorted(wanted)), `${here} resources`, { expected: wanted, actual: resourceKinds });
    } else {
      check(resourceKinds.every((k) => wanted.includes(k)), `${here} resources`, { allowed: wanted, actual: resourceKinds });
    }
  });

  // Rules that hold for every path of the default matrix.
  const first = answer.steps[0];
  check(
    first?.role === 'PARTNER_OF_RECORD' && first.party.id === (first.duty === 'FIRST_CONTACT' && sub.designatedSupportId ? sub.designatedSupportId : sub.partnerOfRecordId),
    'first step is the partner of record (the designated reseller for a first contact)',
    first,
  );
  const providerSteps = answer.steps.filter((s: any) => s.role === 'INDIRECT_PROVIDER');
  check(
    sub.indirectProviderId ? providerSteps.length === 1 && providerSteps[0].duty === 'SHARED' && providerSteps[0].rank === 2 : providerSteps.length === 0,
    'an indirect path has the provider SHARED right after the partner of record; a direct one none',
    providerSteps,
  );
  if (!offer.isMicrosoft) {
    const microsoftDuties = answer.steps.filter((s: any) => s.party.isMicrosoft).map((s: any) => s.duty);
    check(microsoftDuties.every((d: string) => d === 'PLATFORM'), 'Microsoft is never RESPONSIBLE nor FIRST_CONTACT on a third-party offer', microsoftDuties);
  }
  check(answer.steps.every((s: any) => s.clauses.length > 0), 'every step cites a clause', answer.steps);
  return problems;
}

describe('every subscription of the sample graph follows docs/domain.md, over HTTP', () => {
  test('the sample graph has subscriptions of every kind the matrix distinguishes', () => {
    const facts = world.subscriptions.map((s) => {
      const offer = world.offers.get(s.offerId)!;
      return `${offer.isMicrosoft ? 'FIRST' : 'THIRD'}/${s.indirectProviderId ? 'INDIRECT' : 'DIRECT'}/${AZURE_BASED.includes(offer.offerType) ? 'AZURE' : offer.offerType}`;
    });
    for (const kind of ['THIRD/DIRECT/AZURE', 'THIRD/INDIRECT/AZURE', 'THIRD/DIRECT/SAAS', 'THIRD/INDIRECT/SAAS', 'FIRST/DIRECT', 'FIRST/INDIRECT']) {
      expect(facts.some((f) => f.startsWith(kind))).toBe(true);
    }
    expect(world.subscriptions.some((s) => s.designatedSupportId)).toBe(true);
  });

  for (const audience of AUDIENCES) {
    describe(`${audience} view`, () => {
      test.each([...ISSUE_TYPES])('%s', async (issueType) => {
        const problems: string[] = [];
        for (const sub of world.subscriptions) problems.push(...problemsOf(sub, issueType, audience, await pathOf(sub, issueType, audience)));
        expect(problems).toEqual([]);
      });
    });
  }
});

const steps = (answer: any) => answer.steps.map((s: any) => [s.role, s.duty, s.party.id, s.clauses.map((c: any) => c.clause)]);

describe("the README's cases", () => {
  test('configuring a product is TECHNICAL: the ISV owns it (Contoso, Litware Cloud Firewall)', async () => {
    const answer = await pathOf(subscription('sub-002'), 'TECHNICAL', 'PARTNERS');
    expect(steps(answer)).toEqual([
      ['PARTNER_OF_RECORD', 'FIRST_CONTACT', 'ptr-fabrikam', ['PARTNER_ROUTING']],
      ['PUBLISHER', 'RESPONSIBLE', 'pub-litware', ['ISV_ROLE', 'INTRO_TECHNICAL']],
    ]);
    // The old CONFIGURATION issue type is gone: the schema refuses it.
    const old = await post(PATH, { customerId: 'cust-contoso', offerId: 'off-litware-firewall', subscriptionId: 'sub-002', issueType: 'CONFIGURATION' });
    expect(old.errors[0].extensions.code).toBe('BAD_USER_INPUT');
  });

  test("account setup is the partner's, with Microsoft behind it (Contoso, Litware Cloud Firewall)", async () => {
    const answer = await pathOf(subscription('sub-002'), 'ACCOUNT_SETUP', 'PARTNERS');
    expect(steps(answer)).toEqual([
      ['PARTNER_OF_RECORD', 'RESPONSIBLE', 'ptr-fabrikam', ['PARTNER_ROLE']],
      ['MICROSOFT', 'PLATFORM', 'pub-microsoft', ['MICROSOFT_ROLE']],
    ]);
  });

  test('a SaaS offer’s deployment has no Microsoft step (Humongous Insurance, Litware SIEM)', async () => {
    const answer = await pathOf(subscription('sub-020'), 'DEPLOYMENT_PROVISIONING', 'PARTNERS');
    expect(answer.offer.offerType).toBe('SAAS');
    expect(steps(answer)).toEqual([
      ['PARTNER_OF_RECORD', 'FIRST_CONTACT', 'ptr-fabrikam', ['PARTNER_ROUTING']],
      ['PUBLISHER', 'RESPONSIBLE', 'pub-litware', ['ISV_ROLE']],
    ]);
  });

  test('an Azure application’s deployment has Microsoft’s PLATFORM step (Contoso, Trey Forecast on Azure)', async () => {
    const answer = await pathOf(subscription('sub-003'), 'DEPLOYMENT_PROVISIONING', 'PARTNERS');
    expect(answer.offer.offerType).toBe('AZURE_APPLICATION');
    expect(steps(answer)).toEqual([
      ['PARTNER_OF_RECORD', 'FIRST_CONTACT', 'ptr-fabrikam', ['PARTNER_ROUTING']],
      ['PUBLISHER', 'RESPONSIBLE', 'pub-trey', ['ISV_ROLE']],
      ['MICROSOFT', 'PLATFORM', 'pub-microsoft', ['MICROSOFT_ROLE']],
    ]);
    expect(answer.steps[2].clauses[0].quote).toContain('solutions ISV basées sur Azure');
  });
});

describe('what issue 9 found wrong, as a user asks it', () => {
  test('COMMERCE_PLATFORM: the partner owns it; Microsoft supports the partner and the ISV, never the customer', async () => {
    const answer = await pathOf(subscription('sub-007'), 'COMMERCE_PLATFORM', 'PARTNERS');
    expect(steps(answer)).toEqual([
      ['PARTNER_OF_RECORD', 'RESPONSIBLE', 'ptr-tailspin', ['PARTNER_ROLE']],
      ['INDIRECT_PROVIDER', 'SHARED', 'ptr-adatum', ['INDIRECT_MODEL']],
      ['MICROSOFT', 'PLATFORM', 'pub-microsoft', ['MICROSOFT_ROLE']],
    ]);
  });

  test('the indirect provider shares TECHNICAL and OUTAGE paths too, and the ISV step carries its resources (Blue Yonder, Litware Cloud Firewall)', async () => {
    const technical = await pathOf(subscription('sub-011'), 'TECHNICAL', 'PARTNERS');
    expect(steps(technical)).toEqual([
      ['PARTNER_OF_RECORD', 'FIRST_CONTACT', 'ptr-coho', ['PARTNER_ROUTING']],
      ['INDIRECT_PROVIDER', 'SHARED', 'ptr-adatum', ['INDIRECT_MODEL']],
      ['PUBLISHER', 'RESPONSIBLE', 'pub-litware', ['ISV_ROLE', 'INTRO_TECHNICAL']],
    ]);
    expect(sorted(technical.steps[2].resources.map((r: any) => r.kind))).toEqual(['TRAINING', 'USER_DOCUMENTATION']);
    const outage = await pathOf(subscription('sub-011'), 'OUTAGE', 'PARTNERS');
    expect(steps(outage)).toEqual([
      ['PARTNER_OF_RECORD', 'FIRST_CONTACT', 'ptr-coho', ['ISV_ENABLEMENT']],
      ['INDIRECT_PROVIDER', 'SHARED', 'ptr-adatum', ['INDIRECT_MODEL']],
      ['PUBLISHER', 'RESPONSIBLE', 'pub-litware', ['ISV_ENABLEMENT']],
    ]);
    expect(outage.steps[2].resources.map((r: any) => r.kind)).toEqual(['OUTAGE_NOTIFICATIONS']);
    expect(outage.steps.slice(0, 2).map((s: any) => s.resources)).toEqual([[], []]);
  });

  test('an offer without a resource kind gets none on its step (Wide World, Proseware Mail Archive)', async () => {
    const answer = await pathOf(subscription('sub-008'), 'TECHNICAL', 'PARTNERS');
    expect(answer.steps.find((s: any) => s.role === 'PUBLISHER').resources).toEqual([]);
  });

  test('a customer view never shows a partners-only ISV line (Contoso, Litware Cloud Firewall)', async () => {
    const forPartners = await pathOf(subscription('sub-002'), 'TECHNICAL', 'PARTNERS');
    expect(forPartners.steps[1].contacts.map((c: any) => c.id)).toEqual(['ctc-litware-customer-support', 'ctc-litware-engineering']);
    const forCustomers = await pathOf(subscription('sub-002'), 'TECHNICAL', 'CUSTOMERS');
    expect(forCustomers.steps[1].contacts.map((c: any) => [c.id, sorted(c.audience)])).toEqual([['ctc-litware-customer-support', ['CUSTOMERS', 'PARTNERS']]]);
    expect(forCustomers.steps[1].reachedThroughRank).toBeNull();
    // The engineering line exists; it is for partners, which is the ISV's choice (ISV_DIRECT), not a gap.
    expect(forCustomers.steps[1].missingContactKinds).toEqual([]);
    expect(forCustomers.hasGaps).toBe(false);
  });

  test('in a customer view, an ISV with no line for customers is reached through the partner, not reported as a gap (Contoso, Trey Forecast)', async () => {
    const answer = await pathOf(subscription('sub-003'), 'TECHNICAL', 'CUSTOMERS');
    const [partner, isv] = answer.steps;
    expect([partner.party.id, partner.contacts.map((c: any) => c.id), partner.reachedThroughRank]).toEqual(['ptr-fabrikam', ['ctc-fabrikam-support-desk'], null]);
    expect([isv.party.id, isv.contacts, isv.missingContactKinds, isv.reachedThroughRank]).toEqual(['pub-trey', [], [], 1]);
    // The partners' view of the same path shows the ISV's lines.
    const forPartners = await pathOf(subscription('sub-003'), 'TECHNICAL', 'PARTNERS');
    expect(forPartners.steps[1].contacts.map((c: any) => c.id)).toEqual(['ctc-trey-customer-support', 'ctc-trey-forecast-engineering']);
  });

  test('in a customer view, the provider and Microsoft are reached through an earlier step (Wide World, Litware SIEM, billing)', async () => {
    const answer = await pathOf(subscription('sub-007'), 'BILLING', 'CUSTOMERS');
    expect(answer.steps.map((s: any) => [s.party.id, s.contacts.length, s.missingContactKinds])).toEqual([
      ['ptr-tailspin', 1, []],
      ['ptr-adatum', 0, []],
      ['pub-microsoft', 0, []],
    ]);
    expect(answer.steps[1].reachedThroughRank).toBe(1);
    expect(answer.steps[2].reachedThroughRank).toBeGreaterThanOrEqual(1);
    expect(answer.steps[2].reachedThroughRank).toBeLessThan(3);
  });

  test('a first step without a desk stays a gap in both views (Lucerne Publishing, Northwind Integrators)', async () => {
    for (const audience of AUDIENCES) {
      const [first] = (await pathOf(subscription('sub-021'), 'BILLING', audience)).steps;
      expect([first.party.id, first.contacts, first.missingContactKinds, first.reachedThroughRank]).toEqual(['ptr-northwind', [], ['SUPPORT_DESK'], null]);
    }
  });

  test('the designated reseller takes the first contact, the partner of record keeps what it owns (Southridge Video, Trey Forecast)', async () => {
    const technical = await pathOf(subscription('sub-027'), 'TECHNICAL', 'PARTNERS');
    expect(technical.steps.map((s: any) => [s.duty, s.party.id])).toEqual([
      ['FIRST_CONTACT', 'ptr-tailspin'],
      ['SHARED', 'ptr-adatum'],
      ['RESPONSIBLE', 'pub-trey'],
    ]);
    const billing = await pathOf(subscription('sub-027'), 'BILLING', 'PARTNERS');
    expect(billing.steps.map((s: any) => [s.duty, s.party.id])).toEqual([
      ['RESPONSIBLE', 'ptr-coho'],
      ['SHARED', 'ptr-adatum'],
      ['PLATFORM', 'pub-microsoft'],
    ]);
  });

  test('first-party rules cite PROGRAM_PRACTICE where they go beyond the article, and say so (Contoso, Microsoft 365 E3)', async () => {
    const technical = await pathOf(subscription('sub-001'), 'TECHNICAL', 'PARTNERS');
    expect(steps(technical)).toEqual([
      ['PARTNER_OF_RECORD', 'RESPONSIBLE', 'ptr-fabrikam', ['PROGRAM_PRACTICE']],
      ['MICROSOFT', 'PLATFORM', 'pub-microsoft', ['PROGRAM_PRACTICE']],
    ]);
    for (const step of technical.steps) {
      expect(step.clauses[0].quote).toBe('');
      expect(step.reason).toMatch(/beyond the article/i);
      // Microsoft's own product: no ISV to support, and the clause table's note to its readers stays out.
      expect(step.reason).not.toMatch(/\bISV\b|labelled/);
    }
    const billing = await pathOf(subscription('sub-001'), 'BILLING', 'PARTNERS');
    expect(steps(billing)).toEqual([
      ['PARTNER_OF_RECORD', 'RESPONSIBLE', 'ptr-fabrikam', ['INTRO_BILLING']],
      ['MICROSOFT', 'PLATFORM', 'pub-microsoft', ['PROGRAM_PRACTICE']],
    ]);
  });
});

test('supportMatrix shows every rule with its clauses: why a party is there, in the article’s own sentence', async () => {
  const { supportMatrix } = await data(`{ supportMatrix { offerCategory issueType steps { rank role duty offerTypes clauses { clause quote translation } } } }`);
  const actual = supportMatrix.map((rule: any) => ({
    key: `${rule.offerCategory}:${rule.issueType}`,
    steps: rule.steps.map((s: any) => ({ rank: s.rank, role: s.role, duty: s.duty, offerTypes: s.offerTypes ? sorted(s.offerTypes) : null, clauses: s.clauses.map((c: any) => c.clause) })),
  }));
  const rule = (offerCategory: string, issueType: IssueType, rows: RuleStep[]) => ({
    key: `${offerCategory}:${issueType}`,
    steps: rows.map((s, i) => ({ rank: i + 1, role: s.role, duty: s.duty, offerTypes: s.offerTypes ? sorted(s.offerTypes) : null, clauses: s.clauses })),
  });
  const expected = [
    ...ISSUE_TYPES.map((t) => rule('THIRD_PARTY', t, THIRD_PARTY[t])),
    ...ISSUE_TYPES.map((t) => rule('FIRST_PARTY', t, FIRST_PARTY(t))),
  ];
  const byKey = (a: { key: string }, b: { key: string }) => a.key.localeCompare(b.key);
  expect([...actual].sort(byKey)).toEqual([...expected].sort(byKey));
  for (const c of supportMatrix.flatMap((r: any) => r.steps.flatMap((s: any) => s.clauses))) {
    expect({ clause: c.clause, quote: c.quote, translation: c.translation }).toEqual({ clause: c.clause, ...CLAUSE_TABLE.get(c.clause) });
  }
});
