import fs from 'node:fs';
import { randomUUID } from 'node:crypto';
import { openDriver } from '../../src/graph/driver';
import { Neo4jExecutor } from '../../src/graph/executor';
import { buildIfStale, graphql, ServiceProcess, serviceEnv, startService } from './service-process';

// Twice the pool size of slow requests (writes waiting on a lock another client holds): each
// succeeds once the lock is released or fails fast with SERVICE_UNAVAILABLE; none hangs.
const P = `f-${randomUUID().slice(0, 8)}-`;
const POOL = 2;
const ACQUISITION_MS = 2_000;
const UPSERT = 'mutation ($input: CustomerInput!) { upsertCustomer(input: $input) { id name } }';

let service: ServiceProcess;
let dataDir: string;
beforeAll(async () => {
  buildIfStale();
  // The test is about the pool: a request's own timeout (QUERY_TIMEOUT_MS, 5 s by default) must not
  // decide it, and the first write to a fresh store, on a cold JVM and a loaded machine, took longer.
  const env = await serviceEnv({
    SEED_WHEN_EMPTY: 'false',
    NEO4J_MAX_POOL_SIZE: String(POOL),
    NEO4J_ACQUISITION_TIMEOUT_MS: String(ACQUISITION_MS),
    QUERY_TIMEOUT_MS: '60000',
    // Nothing here needs the statements planned ahead (and the store is empty): start without it.
    WARM_UP: 'false',
  });
  dataDir = env.NEO4J_DATA_DIR;
  service = await startService(env);
}, 300_000);
afterAll(async () => {
  await service?.stop();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

test('WARM_UP=false: the service is ready without warming up', async () => {
  expect(service.logs.some((l) => /^warm/.test(String(l.message)))).toBe(false);
  expect((await fetch(`${service.url}/readyz`)).status).toBe(200);
});

test('pool exhaustion: each of 2 × pool size slow requests succeeds or fails fast, none hangs', async () => {
  const id = `${P}locked`;
  expect((await graphql(service.url, UPSERT, { input: { id, name: 'Locked' } })).body.data.upsertCustomer.id).toBe(id);

  const driver = await openDriver(service.boltUri, service.auth());
  try {
    let locked!: () => void;
    let release!: () => void;
    const isLocked = new Promise<void>((resolve) => (locked = resolve));
    const released = new Promise<void>((resolve) => (release = resolve));
    const holder = new Neo4jExecutor(driver)
      .writeTx(async (tx) => {
        await tx.run('unscoped/test-support/lock-customer', { id });
        locked();
        await released;
        throw new Error('roll back: the lock was only held');
      })
      .catch(() => undefined);
    await isLocked;

    const outcomes: Array<{ code: string; ms: number }> = [];
    const requests = Array.from({ length: 2 * POOL }, (_, i) =>
      graphql(service.url, UPSERT, { input: { id, name: `Renamed ${i}` } }).then((r) => {
        outcomes.push({ code: r.body.errors?.[0]?.extensions?.code ?? 'OK', ms: r.ms });
        return r;
      }),
    );
    // The lock is held until the requests that found no connection have failed: no timer decides.
    while (outcomes.length < POOL) await new Promise((resolve) => setTimeout(resolve, 50));
    const failedWhileLocked = [...outcomes];
    release();
    await holder;
    await Promise.all(requests);

    console.log(`pool exhaustion (pool ${POOL}, acquisition timeout ${ACQUISITION_MS} ms): ${JSON.stringify(outcomes)}`);
    expect(failedWhileLocked.map((o) => o.code)).toEqual(Array(POOL).fill('SERVICE_UNAVAILABLE'));
    // Failed fast: the acquisition timeout plus the time to answer, far from the driver's 60 s default.
    for (const o of failedWhileLocked) expect(o.ms).toBeLessThan(ACQUISITION_MS + 5_000);
    expect(outcomes.map((o) => o.code).sort()).toEqual([...Array(POOL).fill('OK'), ...Array(POOL).fill('SERVICE_UNAVAILABLE')]);
    // The service serves normally afterwards.
    expect((await graphql(service.url, UPSERT, { input: { id, name: 'After' } })).body.data.upsertCustomer.name).toBe('After');
  } finally {
    await driver.close();
  }
}, 300_000);
