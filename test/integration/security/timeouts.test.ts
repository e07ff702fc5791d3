import { Neo4jExecutor } from '../../../src/graph/executor';
import { cypher } from '../../../src/graph/cypher';
import { HttpApp, startHttpApp } from '../../support/http-app';
import { deleteTestData, openTestGraph, plantGraph, TestGraph, testIdPrefix } from '../../support/test-graph';

// Issue 10, item 6: every transaction of a request has a timeout, and stops when the client hangs up.
// A test transaction holds a customer's write lock; a mutation on that customer then waits in Neo4j
// for as long as the test wants, which is how a long query is made without a large graph.
const p = testIdPrefix();
const LOCKED = `${p}cust-locked`;
let graph: TestGraph;
beforeAll(async () => {
  graph = await openTestGraph();
  await plantGraph(graph.db, { customers: [{ id: LOCKED, name: 'Locked' }] });
});
afterAll(async () => {
  await deleteTestData(graph.db, p);
  await graph.close();
});

const RENAME = { query: `mutation { upsertCustomer(input: { id: "${LOCKED}", name: "Renamed" }) { id } }` };

/** Holds the customer's write lock until the returned function is called. */
async function lockCustomer(): Promise<() => Promise<void>> {
  const session = graph.driver.session();
  const tx = await session.beginTransaction();
  await tx.run(cypher('unscoped/test-support/lock-customer'), { id: LOCKED });
  return async () => {
    await tx.rollback();
    await session.close();
  };
}

async function otherTransactions(known: Set<string>): Promise<Array<{ transactionId: string; currentQuery: string; status: string }>> {
  const rows = await graph.db.read<{ transactionId: string; currentQuery: string; status: string }>('unscoped/test-support/list-transactions');
  return rows.filter((r) => !known.has(r.transactionId));
}

/** Checks until `done` holds, at most `tries` times (then returns the last value, for the assertion to show). */
async function until<T>(check: () => Promise<T>, done: (value: T) => boolean, tries = 400): Promise<T> {
  let value = await check();
  for (let i = 1; i < tries && !done(value); i += 1) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    value = await check();
  }
  return value;
}

describe('timeout', () => {
  let app: HttpApp;
  beforeAll(async () => {
    app = await startHttpApp({ QUERY_TIMEOUT_MS: '300' });
  });
  afterAll(async () => {
    await app.close();
  });

  test('a transaction that runs past QUERY_TIMEOUT_MS is stopped and the answer says QUERY_TIMEOUT', async () => {
    const release = await lockCustomer();
    try {
      const { status, body } = await app.post(RENAME);
      expect([status, app.loggedErrors]).toEqual([200, []]);
      expect(body.errors).toHaveLength(1);
      expect(body.errors[0].extensions.code).toBe('QUERY_TIMEOUT');
      expect(body.data).toBeNull();
    } finally {
      await release();
    }
    // Nothing of the stopped write was kept.
    const after = await graph.execute(`{ customer(id: "${LOCKED}") { name } }`);
    expect(after.data).toEqual({ customer: { name: 'Locked' } });
  });
});

describe('a client that hangs up', () => {
  let app: HttpApp;
  beforeAll(async () => {
    app = await startHttpApp({ QUERY_TIMEOUT_MS: '0' });
  });
  afterAll(async () => {
    await app.close();
  });

  test('leaves no running transaction (SHOW TRANSACTIONS)', async () => {
    const release = await lockCustomer();
    try {
      const known = new Set((await graph.db.read<{ transactionId: string }>('unscoped/test-support/list-transactions')).map((r) => r.transactionId));
      const hangUp = new AbortController();
      const request = fetch(app.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(RENAME),
        signal: hangUp.signal,
      }).catch((error: Error) => error);
      // The request's transaction is there, waiting on the lock (no timeout configured)…
      // The upsert waits on the customer's lock, taken by the write path before it reads (write/lock-entities).
      const waiting = await until(() => otherTransactions(known), (txs) => txs.some((t) => t.currentQuery.includes('SET n.id = n.id')));
      expect(waiting.map((t) => t.currentQuery)).toEqual([expect.stringContaining('SET n.id = n.id')]);
      hangUp.abort();
      expect(await request).toMatchObject({ name: 'AbortError' });
      // …and once the client has gone, none is left, though the lock is still held.
      expect(await until(() => otherTransactions(known), (txs) => txs.length === 0)).toEqual([]);
    } finally {
      await release();
    }
  });
});

test('an aborted signal stops the executor before it opens a session', async () => {
  const aborted = new AbortController();
  aborted.abort();
  const db = new Neo4jExecutor(graph.driver).withLimits({ signal: aborted.signal });
  await expect(db.read('unscoped/test-support/count-graph')).rejects.toMatchObject({ extensions: { code: 'QUERY_CANCELLED' } });
});
