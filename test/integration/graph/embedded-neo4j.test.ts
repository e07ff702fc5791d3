import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDriver } from '../../../src/graph/driver';
import { startEmbeddedNeo4j } from '../../../src/graph/embedded-neo4j';
import { Neo4jExecutor } from '../../../src/graph/executor';

// A second, private database: start, write, stop cleanly, start again on the same folder.
test('the embedded Neo4j keeps its data across a clean restart', async () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'csp-embedded-restart-'));
  try {
    const first = await startEmbeddedNeo4j({ dataDir, boltPort: 0, pageCacheMb: 16, heapMb: 256 });
    let driver = await openDriver(first.uri);
    await new Neo4jExecutor(driver).writeTx((tx) => tx.run('upsert/upsert-customers', { rows: [{ id: 'cust-kept', name: 'Kept' }] }));
    await driver.close();
    await first.stop();

    const second = await startEmbeddedNeo4j({ dataDir, boltPort: 0, pageCacheMb: 16, heapMb: 256 });
    driver = await openDriver(second.uri);
    const rows = await new Neo4jExecutor(driver).read<{ customer: { id: string; name: string } }>('customer/find-customers-by-ids', { ids: ['cust-kept'] });
    await driver.close();
    await second.stop();
    expect(rows.map((r) => r.customer)).toEqual([{ id: 'cust-kept', name: 'Kept' }]);
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}, 180_000);
