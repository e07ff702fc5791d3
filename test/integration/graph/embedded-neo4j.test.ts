import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { spawn } from 'node:child_process';
import type { Driver } from 'neo4j-driver';
import { openDriver } from '../../../src/graph/driver';
import { EmbeddedNeo4j, freePort, launcherCommand, passwordFile, startEmbeddedNeo4j } from '../../../src/graph/embedded-neo4j';
import { Neo4jExecutor } from '../../../src/graph/executor';

const SCOPE = { all: true, partnerId: null, publisherId: null };
const start = (dataDir: string, log?: (line: string) => void) =>
  startEmbeddedNeo4j({ dataDir, boltPort: 0, pageCacheMb: 16, heapMb: 256, log, restartBackoffMs: { initial: 200, max: 2_000 } });
const connect = (neo4j: EmbeddedNeo4j) => openDriver(neo4j.uri, neo4j.auth);
const findCustomer = async (driver: Driver, id: string) =>
  (await new Neo4jExecutor(driver).read<{ customer: { id: string; name: string } }>('customer/find-customers-by-ids', { ids: [id], scope: SCOPE })).map(
    (r) => r.customer,
  );
const refusal = async (uri: string, auth?: { user: string; password: string }) => {
  try {
    const driver = await openDriver(uri, auth);
    await driver.close();
    return 'accepted';
  } catch (error) {
    return (error as { code?: string }).code;
  }
};

// A second, private database: start, write, stop cleanly, start again on the same folder; then
// lose the password file (as a store made before authentication was turned on has none).
test('the embedded Neo4j requires its password, kept at mode 0600 in the data folder, and keeps its data across restarts', async () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'csp-embedded-restart-'));
  try {
    const first = await start(dataDir);
    let firstPassword: string;
    try {
      firstPassword = first.auth.password;
      expect(fs.statSync(passwordFile(dataDir)).mode & 0o777).toBe(0o600);
      expect(fs.readFileSync(passwordFile(dataDir), 'utf8').trim()).toBe(firstPassword);
      expect(firstPassword.length).toBeGreaterThanOrEqual(24);
      // Neither no credentials, nor the default password, nor a wrong one get in.
      expect(await refusal(first.uri)).toBe('Neo.ClientError.Security.Unauthorized');
      expect(await refusal(first.uri, { user: 'neo4j', password: 'neo4j' })).toBe('Neo.ClientError.Security.Unauthorized');
      const driver = await connect(first);
      await new Neo4jExecutor(driver).writeTx((tx) => tx.run('upsert/upsert-customers', { rows: [{ id: 'cust-kept', name: 'Kept' }] }));
      await driver.close();
    } finally {
      await first.stop();
    }

    const second = await start(dataDir);
    try {
      expect(second.auth.password).toBe(firstPassword);
      const driver = await connect(second);
      expect(await findCustomer(driver, 'cust-kept')).toEqual([{ id: 'cust-kept', name: 'Kept' }]);
      await driver.close();
    } finally {
      await second.stop();
    }

    fs.rmSync(passwordFile(dataDir));
    const third = await start(dataDir);
    try {
      expect(third.auth.password).not.toBe(firstPassword);
      expect(await refusal(third.uri, { user: 'neo4j', password: firstPassword })).toBe('Neo.ClientError.Security.Unauthorized');
      const driver = await connect(third);
      expect(await findCustomer(driver, 'cust-kept')).toEqual([{ id: 'cust-kept', name: 'Kept' }]);
      await driver.close();
    } finally {
      await third.stop();
    }
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}, 300_000);

// The supervisor: a JVM that dies is logged and started again on the same data and port, and the
// driver opened before the crash serves again without being replaced.
test('the supervisor restarts a killed embedded Neo4j on the same data and the same driver serves again', async () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'csp-embedded-supervised-'));
  const lines: string[] = [];
  const neo4j = await start(dataDir, (line) => lines.push(line));
  let driver: Driver | undefined;
  try {
    driver = await connect(neo4j);
    await new Neo4jExecutor(driver).writeTx((tx) => tx.run('upsert/upsert-customers', { rows: [{ id: 'cust-survivor', name: 'Survivor' }] }));
    const killed = neo4j.pid;
    process.kill(killed, 'SIGKILL');
    while (neo4j.state === 'up' && neo4j.pid === killed) await new Promise((resolve) => setTimeout(resolve, 20));
    while (neo4j.state !== 'up') await new Promise((resolve) => setTimeout(resolve, 100));
    expect(neo4j.restarts).toBe(1);
    expect(neo4j.pid).not.toBe(killed);
    expect(lines.some((l) => l.includes(`pid ${killed}`) && l.includes('exited unexpectedly (signal SIGKILL)'))).toBe(true);
    expect(lines.some((l) => l.includes('is back'))).toBe(true);
    expect(await findCustomer(driver, 'cust-survivor')).toEqual([{ id: 'cust-survivor', name: 'Survivor' }]);
  } finally {
    await driver?.close();
    await neo4j.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
  expect(neo4j.state).toBe('stopped');
}, 300_000);

test('a restart that fails is tried again with a wait that doubles up to its bound, and the database comes back once it can', async () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'csp-embedded-backoff-'));
  const lines: string[] = [];
  const neo4j = await startEmbeddedNeo4j({ dataDir, boltPort: 0, pageCacheMb: 16, heapMb: 256, log: (line) => lines.push(line), restartBackoffMs: { initial: 500, max: 1_000 } });
  const port = Number(new URL(neo4j.uri).port);
  // Another process takes the Bolt port while the JVM is down: each restart fails until it lets go.
  const squatter = net.createServer();
  try {
    const killed = neo4j.pid;
    const exited = new Promise<void>((resolve) => {
      const poll = () => (lines.some((l) => l.includes(`pid ${killed}`) && l.includes('exited unexpectedly')) ? resolve() : setTimeout(poll, 10));
      poll();
    });
    process.kill(killed, 'SIGKILL');
    await exited;
    await new Promise<void>((resolve, reject) => squatter.once('error', reject).listen(port, '127.0.0.1', resolve));
    const failures = () => lines.filter((l) => l.startsWith('Embedded Neo4j restart failed'));
    while (failures().length < 2) await new Promise((resolve) => setTimeout(resolve, 100));
    await new Promise<void>((resolve) => squatter.close(() => resolve()));
    while (neo4j.state !== 'up') await new Promise((resolve) => setTimeout(resolve, 100));

    const waits = (pattern: RegExp) => lines.map((l) => pattern.exec(l)?.[1]).filter(Boolean).map(Number);
    expect(waits(/exited unexpectedly .*restarting in (\d+) ms/)).toEqual([500]);
    // Doubled after the first failure, then held at its bound.
    expect(waits(/restart failed .*next attempt in (\d+) ms/).slice(0, 2)).toEqual([1_000, 1_000]);
    expect(failures()[0]).toContain(`Another Neo4j is using ${dataDir} or port ${port}`);
    expect(neo4j.restarts).toBe(1);
    expect(lines[lines.length - 1]).toMatch(/is back at .* after restart 1/);
    expect(await refusal(neo4j.uri, neo4j.auth)).toBe('accepted');
  } finally {
    squatter.close();
    await neo4j.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}, 300_000);

// The launcher watches its stdin: an owner that dies without stop() leaves no database behind.
test('the embedded Neo4j shuts itself down when its standard input closes (its owner has gone)', async () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'csp-embedded-orphan-'));
  try {
    const [command, args, env] = launcherCommand({ dataDir, pageCacheMb: 16, heapMb: 256 }, await freePort(), { password: 'orphan-test-password', setPassword: true });
    const child = spawn(command, args, { stdio: ['pipe', 'pipe', 'ignore'], env });
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
