import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDriver } from '../../../src/graph/driver';
import { spawn } from 'node:child_process';
import { freePort, launcherCommand, startEmbeddedNeo4j } from '../../../src/graph/embedded-neo4j';
import { Neo4jExecutor } from '../../../src/graph/executor';

// A second, private database: start, write, stop cleanly, start again on the same folder.
test('the embedded Neo4j keeps its data across a clean restart', async () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'csp-embedded-restart-'));
  try {
    const first = await startEmbeddedNeo4j({ dataDir, boltPort: 0, pageCacheMb: 16, heapMb: 256 });
    try {
      const driver = await openDriver(first.uri);
      await new Neo4jExecutor(driver).writeTx((tx) => tx.run('upsert/upsert-customers', { rows: [{ id: 'cust-kept', name: 'Kept' }] }));
      await driver.close();
    } finally {
      await first.stop();
    }

    const second = await startEmbeddedNeo4j({ dataDir, boltPort: 0, pageCacheMb: 16, heapMb: 256 });
    try {
      const driver = await openDriver(second.uri);
      const rows = await new Neo4jExecutor(driver).read<{ customer: { id: string; name: string } }>('customer/find-customers-by-ids', {
        ids: ['cust-kept'],
        scope: { all: true, partnerId: null, publisherId: null },
      });
      await driver.close();
      expect(rows.map((r) => r.customer)).toEqual([{ id: 'cust-kept', name: 'Kept' }]);
    } finally {
      await second.stop();
    }
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}, 180_000);

// The launcher watches its stdin: an owner that dies without stop() leaves no database behind.
test('the embedded Neo4j shuts itself down when its standard input closes (its owner has gone)', async () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'csp-embedded-orphan-'));
  try {
    const [command, args] = launcherCommand({ dataDir, pageCacheMb: 16, heapMb: 256 }, await freePort());
    const child = spawn(command, args, { stdio: ['pipe', 'pipe', 'ignore'] });
    let out = '';
    await new Promise<void>((resolve, reject) => {
      child.stdout!.on('data', (chunk) => {
        out += chunk;
        if (out.includes('NEO4J_READY')) resolve();
      });
      child.once('exit', (code) => reject(new Error(`launcher exited early with ${code}`)));
    });
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    child.stdin!.end();
    expect(await exited).toBe(0);
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}, 120_000);
