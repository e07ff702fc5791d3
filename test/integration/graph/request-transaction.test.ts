import type { Driver } from 'neo4j-driver';
import { Neo4jExecutor, QueryEvent } from '../../../src/graph/executor';
import { openTestDriver } from '../../support/test-neo4j';

/**
 * One request, one read transaction (Neo4jExecutor.withRequestTransaction): statements of the same
 * tick are pipelined on its one connection and each gets its own records; closing it, or the
 * client hanging up, leaves no transaction open; after it is closed, reads run on their own.
 */
let driver: Driver;
let db: Neo4jExecutor;
beforeAll(async () => {
  driver = await openTestDriver();
  db = new Neo4jExecutor(driver);
});
afterAll(async () => {
  await driver.close();
});

async function openTransactions(): Promise<string[]> {
  const rows = await db.read<{ transactionId: string; currentQuery: string }>('unscoped/test-support/list-transactions');
  return rows.map((r) => r.transactionId);
}

function recordEvents(): { events: QueryEvent[]; stop: () => void } {
  const events: QueryEvent[] = [];
  const stop = db.onQuery((event) => events.push(event));
  return { events, stop };
}

test('concurrent statements share the one transaction, pipelined, each with its own records', async () => {
  const { db: request, reads } = db.withRequestTransaction();
  reads.share();
  const { events, stop } = recordEvents();
  try {
    // More rows than the driver's fetch size (1000): each result is pulled in several batches.
    const tags = ['a', 'b', 'c', 'd', 'e', 'f'];
    const answers = await Promise.all(tags.map((tag) => request.read<{ tag: string; i: number }>('unscoped/test-support/count-up', { tag, n: 2500 })));
    answers.forEach((rows, k) => {
      expect(rows).toHaveLength(2500);
      expect(rows.every((r, i) => r.tag === tags[k] && r.i === i + 1)).toBe(true);
    });
    expect(new Set(events.map((e) => e.transaction)).size).toBe(1);
    expect(events.map((e) => e.ok)).toEqual(tags.map(() => true));
  } finally {
    stop();
    await reads.close();
  }
  expect(await openTransactions()).toEqual([]);
});

test('before share() and after close() every read has its own transaction', async () => {
  const { db: request, reads } = db.withRequestTransaction();
  const { events, stop } = recordEvents();
  try {
    await request.read('unscoped/test-support/count-up', { tag: 'x', n: 1 });
    reads.share();
    await request.read('unscoped/test-support/count-up', { tag: 'y', n: 1 });
    await request.read('unscoped/test-support/count-up', { tag: 'y', n: 1 });
    await reads.close();
    await request.read('unscoped/test-support/count-up', { tag: 'z', n: 1 });
  } finally {
    stop();
  }
  const [before, shared1, shared2, after] = events.map((e) => e.transaction);
  expect(shared1).toBe(shared2);
  expect(new Set([before, shared1, after]).size).toBe(3);
  expect(await openTransactions()).toEqual([]);
});

test('a client that hangs up rolls the shared transaction back at once; later reads are QUERY_CANCELLED', async () => {
  const hangUp = new AbortController();
  const { db: request, reads } = db.withLimits({ signal: hangUp.signal }).withRequestTransaction();
  reads.share();
  await request.read('unscoped/test-support/count-up', { tag: 'a', n: 1 });
  expect(await openTransactions()).toHaveLength(1);
  hangUp.abort();
  await expect(request.read('unscoped/test-support/count-up', { tag: 'b', n: 1 })).rejects.toMatchObject({ extensions: { code: 'QUERY_CANCELLED' } });
  // Released without waiting for the response to be done.
  let open = await openTransactions();
  for (let i = 0; i < 100 && open.length; i += 1) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    open = await openTransactions();
  }
  expect(open).toEqual([]);
  await reads.close();
});

async function until<T>(check: () => Promise<T>, done: (value: T) => boolean): Promise<T> {
  let value = await check();
  for (let i = 0; i < 200 && !done(value); i += 1) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    value = await check();
  }
  return value;
}

test('QUERY_TIMEOUT_MS bounds the shared transaction: QUERY_TIMEOUT, then every later read of the request too; nothing left open', async () => {
  const { db: request, reads } = db.withLimits({ timeoutMs: 300 }).withRequestTransaction();
  reads.share();
  try {
    await expect(request.read('unscoped/test-support/busy-count', { n: 2_000_000_000 })).rejects.toMatchObject({ extensions: { code: 'QUERY_TIMEOUT' } });
    await expect(request.read('unscoped/test-support/count-up', { tag: 'a', n: 1 })).rejects.toMatchObject({ extensions: { code: 'QUERY_TIMEOUT' } });
  } finally {
    await reads.close();
  }
  expect(await until(openTransactions, (open) => open.length === 0)).toEqual([]);
});

test('a shared transaction the database stops answers SERVICE_UNAVAILABLE', async () => {
  const { db: request, reads } = db.withRequestTransaction();
  reads.share();
  try {
    const running = request.read('unscoped/test-support/busy-count', { n: 2_000_000_000 }).catch((error: unknown) => error);
    const busy = await until(
      () => db.read<{ transactionId: string; currentQuery: string }>('unscoped/test-support/list-transactions'),
      (txs) => txs.some((t) => t.currentQuery.includes('i % 7 = 0')),
    );
    const ids = busy.filter((t) => t.currentQuery.includes('i % 7 = 0')).map((t) => t.transactionId);
    expect(ids).toHaveLength(1);
    await db.read('unscoped/test-support/terminate-transactions', { ids });
    const failure = await running;
    expect(failure).toMatchObject({ extensions: { code: 'SERVICE_UNAVAILABLE' } });
  } finally {
    await reads.close();
  }
  expect(await until(openTransactions, (open) => open.length === 0)).toEqual([]);
});
