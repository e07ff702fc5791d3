import { Neo4jExecutor } from '../../../src/graph/executor';
import { deleteTestData, openTestGraph, TestGraph, testIdPrefix } from '../../support/test-graph';

let graph: TestGraph;
const prefix = testIdPrefix();
beforeAll(async () => {
  graph = await openTestGraph();
});
afterAll(async () => {
  await deleteTestData(graph.db, prefix);
  await graph.close();
});

async function addCustomers(db: Neo4jExecutor, names: string[]): Promise<string[]> {
  const rows = names.map((name, i) => ({ id: `${prefix}cust-${i}`, name }));
  await db.writeTx((tx) => tx.run('upsert/upsert-customers', { rows }));
  return rows.map((r) => r.id);
}

test('by-id lookups answer the sample graph, and null for an unknown id', async () => {
  const res = await graph.execute(/* GraphQL */ `{
    partner(id: "ptr-tailspin") { id name kind contacts { kind email } }
    publisher(id: "pub-proseware") { name isMicrosoft offers { id } contacts { kind } }
    offer(id: "off-proseware-backup") { name publisher { id } contacts { id kind } }
    customer(id: "cust-tasmanian") { name subscriptions { id partnerOfRecord { id } indirectProvider { id } offer { id } customer { id } } }
    nobody: customer(id: "cust-nobody") { id }
  }`);
  expect(res.errors).toBeUndefined();
  expect(res.data).toEqual({
    partner: { id: 'ptr-tailspin', name: 'Tailspin IT', kind: 'INDIRECT_RESELLER', contacts: [{ kind: 'SUPPORT_DESK', email: 'support@tailspin.example' }] },
    publisher: {
      name: 'Proseware Backup',
      isMicrosoft: false,
      offers: [{ id: 'off-proseware-archive' }, { id: 'off-proseware-backup' }],
      contacts: [{ kind: 'CSP_PROGRAM' }, { kind: 'ENGINEERING' }],
    },
    offer: {
      name: 'Proseware Backup for Microsoft 365',
      publisher: { id: 'pub-proseware' },
      contacts: [
        { id: 'ctc-proseware-csp-program', kind: 'CSP_PROGRAM' },
        { id: 'ctc-proseware-backup-customer-support', kind: 'CUSTOMER_SUPPORT' },
        { id: 'ctc-proseware-engineering', kind: 'ENGINEERING' },
      ],
    },
    customer: {
      name: 'Tasmanian Traders',
      subscriptions: [
        { id: 'sub-029', partnerOfRecord: { id: 'ptr-tailspin' }, indirectProvider: { id: 'ptr-adatum' }, offer: { id: 'off-proseware-backup' }, customer: { id: 'cust-tasmanian' } },
        { id: 'sub-030', partnerOfRecord: { id: 'ptr-tailspin' }, indirectProvider: { id: 'ptr-woodgrove' }, offer: { id: 'off-d365-bc' }, customer: { id: 'cust-tasmanian' } },
      ],
    },
    nobody: null,
  });
});

describe('customers connection', () => {
  test('paging through every customer reaches each exactly once, even with inserts between pages', async () => {
    const all = await graph.execute(`{ customers(first: 100) { totalCount edges { node { id } } } }`);
    const expectedIds: string[] = all.data!.customers.edges.map((e: any) => e.node.id);
    expect(expectedIds.length).toBe(all.data!.customers.totalCount);

    const seen: string[] = [];
    let after: string | null = null;
    let inserted = false;
    for (;;) {
      const page: any = await graph.execute(
        `query ($after: String) { customers(first: 4, after: $after) { totalCount edges { cursor node { id } } pageInfo { hasNextPage endCursor } } }`,
        { after },
      );
      seen.push(...page.data.customers.edges.map((e: any) => e.node.id));
      if (!inserted) {
        // A customer added between pages neither repeats nor hides another one.
        await addCustomers(graph.db, ['Inserted while paging']);
        inserted = true;
      }
      if (!page.data.customers.pageInfo.hasNextPage) break;
      after = page.data.customers.pageInfo.endCursor;
    }
    expect(seen.filter((id) => !id.startsWith(prefix))).toEqual(expectedIds);
    expect(new Set(seen).size).toBe(seen.length);
  });

  test('first past the maximum and a forged cursor are BAD_USER_INPUT', async () => {
    const tooMany = await graph.execute(`{ customers(first: 101) { totalCount } }`);
    expect(tooMany.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    const forged = await graph.execute(`{ customers(first: 2, after: "not-a-cursor") { totalCount } }`);
    expect(forged.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });

  test('totalCount counts the whole list, not the page', async () => {
    const res = await graph.execute(`{ customers(first: 1) { totalCount edges { node { id } } pageInfo { hasNextPage } } }`);
    expect(res.data!.customers.edges).toHaveLength(1);
    expect(res.data!.customers.totalCount).toBeGreaterThanOrEqual(14);
    expect(res.data!.customers.pageInfo.hasNextPage).toBe(true);
  });
});
