import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import 'reflect-metadata';
import { warmUpOperations } from '../../src/http/warm-up';
import { projectRoot } from '../../src/project-root';
import { buildGraphQLSchema } from '../../src/schema/build-schema';
import { buildIfStale, isAlive, serviceEnv, startService } from './service-process';

// `npm start` and the import CLI as a user runs them.
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));
const stamp = () => fs.statSync(path.join(projectRoot(), 'dist', '.build-stamp')).mtimeMs;
const runImport = (target: string, env: Record<string, string>) => {
  const { NEO4J_URI: _unused, ...inherited } = process.env;
  return spawnSync(process.execPath, ['dist/src/cli/import.js', target], { cwd: projectRoot(), env: { ...inherited, ...env }, encoding: 'utf8' });
};

beforeAll(() => buildIfStale(), 300_000);

test('an import file with a missing column is refused before the database starts, in one line', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'csp-faults-import-'));
  dirs.push(dir);
  fs.writeFileSync(path.join(dir, 'partners.csv'), 'id,name\np-1,P\n');
  const neverCreated = path.join(dir, 'no-store-here');
  const result = runImport(dir, { NEO4J_DATA_DIR: neverCreated });
  expect(result.status).toBe(1);
  expect(result.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^Nothing imported: .*partners\.csv: missing column\(s\) kind/)]);
  // No JVM was started: it would have created the data folder.
  expect(fs.existsSync(neverCreated)).toBe(false);
});

test('`npm start` compiles nothing when nothing changed; `kill -TERM <npm pid>` stops the server and its JVM; the next start gets the store; an import meanwhile is one clear line', async () => {
  const env = await serviceEnv();
  dirs.push(env.NEO4J_DATA_DIR);
  const builtAt = stamp();
  const viaNpm = await startService(env, ['npm', ['start']]);
  // Nothing changed since the last build: npm start did not compile again.
  expect(stamp()).toBe(builtAt);
  const jvm = viaNpm.jvmPid();
  expect(isAlive(jvm)).toBe(true);
  expect(await viaNpm.stop()).toBe(0);
  expect(isAlive(jvm)).toBe(false);
  await expect(fetch(`${viaNpm.url}/healthz`)).rejects.toThrow();

  const again = await startService(env);
  try {
    expect((await fetch(`${again.url}/readyz`)).status).toBe(200);
    // Before its ready line, the service answered each IDE example once (the sample graph, seeded by the first start).
    const messages = again.logs.map((line) => String(line.message));
    const warmed = messages.findIndex((m) => m.startsWith('warmed up in'));
    expect(warmed).toBeGreaterThan(-1);
    expect(warmed).toBeLessThan(messages.findIndex((m) => m.startsWith('CSP support graph ready at')));
    const steps = again.logs[warmed].warmUp as Array<{ name: string; outcome: string }>;
    expect(steps.map(({ name, outcome }) => [name, outcome])).toEqual(warmUpOperations(buildGraphQLSchema()).map((e) => [e.name, 'ok']));
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'csp-faults-import-'));
    dirs.push(dir);
    fs.writeFileSync(path.join(dir, 'customers.csv'), 'id,name\nc-while-running,C\n');
    const result = runImport(dir, { NEO4J_DATA_DIR: env.NEO4J_DATA_DIR, NEO4J_EMBEDDED_PORT: String(Number(env.NEO4J_EMBEDDED_PORT) + 1) });
    expect(result.status).toBe(1);
    // What it tried, then one clear line: no stack trace.
    expect(result.stderr.trim().split('\n')).toEqual([
      expect.stringMatching(/^Starting embedded Neo4j/),
      expect.stringMatching(/^Nothing imported: cannot start the embedded Neo4j\. Another Neo4j is using /),
    ]);
  } finally {
    expect(await again.stop()).toBe(0);
  }
}, 600_000);
