import type { Driver } from 'neo4j-driver';
import { LOCAL_ANALYST, scopeOf } from '../../../src/auth/caller';
import { IssueType, OfferCategory } from '../../../src/domain/enums';
import { openTestDriver } from '../../support/test-neo4j';
import { Neo4jExecutor } from '../../../src/graph/executor';
import { createRepositories, Repositories } from '../../../src/graph/repositories';

/**
 * Every read method of every repository, run on the sample graph: each answer goes through the
 * record's mapper (src/graph/mappers.ts), which throws when a field its record declares non-null
 * is missing. A projection that drifts from its record (as `startedAt` once did in the subscription
 * pages) fails here, not in a user's query. A repository method added without a case here fails
 * the coverage check below.
 */
type Calls = { [R in keyof Repositories]?: { [M in keyof Repositories[R]]?: (repo: Repositories[R]) => Promise<unknown> } };

const window = { afterId: null, limit: 50 };
const CALLS: Calls = {
  customers: {
    findByIds: (r) => r.findByIds(['cust-contoso', 'cust-wideworld']),
    page: (r) => r.page({ nameContains: null, servedByPartnerId: null, publisherId: null }, window),
    pageWithSubscriptions: (r) => r.pageWithSubscriptions({ nameContains: null, servedByPartnerId: null, publisherId: null }, window),
    pageByPartnerIds: (r) => r.pageByPartnerIds(['ptr-fabrikam', 'ptr-adatum'], window),
  },
  partners: {
    findByIds: (r) => r.findByIds(['ptr-fabrikam', 'ptr-tailspin']),
    findWithContactsByIds: (r) => r.findWithContactsByIds(['ptr-fabrikam', 'ptr-tailspin']),
    page: (r) => r.page({ nameContains: null, kind: null }, window),
    pageResellersByProviderIds: (r) => r.pageResellersByProviderIds(['ptr-adatum'], window),
    pageProvidersByResellerIds: (r) => r.pageProvidersByResellerIds(['ptr-tailspin'], window),
  },
  publishers: {
    findByIds: (r) => r.findByIds(['pub-litware', 'pub-microsoft']),
    findWithContactsByIds: (r) => r.findWithContactsByIds(['pub-litware', 'pub-microsoft']),
    page: (r) => r.page({ nameContains: null, isMicrosoft: null }, window),
  },
  offers: {
    findByIds: (r) => r.findByIds(['off-litware-siem', 'off-m365-e3']),
    findWithPublishersByIds: (r) => r.findWithPublishersByIds(['off-litware-siem', 'off-m365-e3']),
    findByPublisherIds: (r) => r.findByPublisherIds(['pub-litware']),
    findResourcesByOfferIds: (r) => r.findResourcesByOfferIds(['off-litware-siem', 'off-litware-firewall']),
    page: (r) => r.page({ nameContains: null, publisherId: null, category: null, offerType: null }, window),
    pageByPublisherIds: (r) => r.pageByPublisherIds(['pub-litware', 'pub-microsoft'], window),
  },
  subscriptions: {
    findByIds: (r) => r.findByIds(['sub-001', 'sub-027']),
    findByCustomerIds: (r) => r.findByCustomerIds(['cust-contoso', 'cust-wideworld']),
    page: (r) =>
      r.page({ customerId: null, offerId: null, publisherId: null, servedByPartnerId: null, partnerKinds: null, category: null }, window),
    pageByCustomerIds: (r) => r.pageByCustomerIds(['cust-contoso', 'cust-wideworld'], window),
    pageByOfferIds: (r) => r.pageByOfferIds(['off-litware-siem'], window),
  },
  contacts: {
    findByIds: (r) => r.findByIds(['ctc-litware-engineering', 'ctc-microsoft-partner-support']),
    findByOwnerIds: (r) => r.findByOwnerIds(['pub-litware', 'ptr-fabrikam']),
  },
  nodes: { findTypesByIds: (r) => r.findTypesByIds(['cust-contoso', 'sub-001']) },
  search: { searchNames: (r) => r.searchNames('litware*', 10) },
  supportMatrix: {
    findRules: (r) => r.findRules([{ offerCategory: OfferCategory.THIRD_PARTY, issueType: IssueType.BILLING }]),
    listRules: (r) => r.listRules({ offerCategory: null, issueType: null }),
    findRulesAt: (r) => r.findRulesAt([{ offerCategory: OfferCategory.FIRST_PARTY, issueType: IssueType.OUTAGE }], null),
  },
  supportGaps: { page: (r) => r.page(null, { after: null, limit: 50 }) },
  outage: {
    findScope: (r) => r.findScope({ publisherId: 'pub-litware', offerId: null }),
    pagePartners: (r) => r.pagePartners(['off-litware-siem', 'off-litware-firewall'], null, 50),
  },
  supportPath: {
    findSupportPath: (r) => r.findSupportPath('cust-wideworld', 'off-litware-siem', null, new Date()),
    findPathParties: (r) => r.findPathParties(['sub-001', 'sub-027'], new Date()),
  },
  changes: { page: (r) => r.page({ entityId: 'ptr-coho', clientMutationId: null }, window) },
  writeOwners: { find: (r) => r.find(['cust-contoso', 'sub-001', 'ctc-litware-engineering']) },
};
/** Repositories that only write, covered by the write tests. */
const WRITE_ONLY = new Set<keyof Repositories>(['writer']);

let driver: Driver;
let repos: Repositories;
beforeAll(async () => {
  driver = await openTestDriver();
  repos = createRepositories(new Neo4jExecutor(driver).forRequest({ scope: scopeOf(LOCAL_ANALYST), at: new Date() }));
});
afterAll(async () => {
  await driver.close();
});

const methodsOf = (repo: object) =>
  Object.getOwnPropertyNames(Object.getPrototypeOf(repo)).filter((m) => m !== 'constructor') as string[];

test('every read method of every repository has a case here', () => {
  const missing = (Object.keys(repos) as Array<keyof Repositories>)
    .filter((name) => !WRITE_ONLY.has(name))
    .flatMap((name) => methodsOf(repos[name]).filter((m) => !(CALLS[name] as Record<string, unknown> | undefined)?.[m]).map((m) => `${name}.${m}`));
  expect(missing).toEqual([]);
});

const cases = Object.entries(CALLS).flatMap(([repo, methods]) =>
  Object.entries(methods as Record<string, (r: unknown) => Promise<unknown>>).map(([method, call]) => [`${repo}.${method}`, repo, call] as const),
);

test.each(cases)('%s answers with complete records from the sample graph', async (_name, repo, call) => {
  const answer = await call(repos[repo as keyof Repositories]);
  // Something came back, so the mappers had records to check.
  const items = Array.isArray(answer) ? answer : [answer];
  expect(items.length).toBeGreaterThan(0);
  expect(JSON.stringify(answer)).not.toContain('"nodes":[]');
});
