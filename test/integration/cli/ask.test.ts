import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { ask } from '../../../src/cli/ask';
import { testNeo4jEnv } from '../../support/test-neo4j';

/** Runs `npm run ask -- …` in-process against the test database; returns its exit status and output. */
async function run(...argv: string[]) {
  return runWith(testNeo4jEnv(), ...argv);
}

async function runWith(env: NodeJS.ProcessEnv, ...argv: string[]) {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (chunk) => (out += chunk));
  stderr.on('data', (chunk) => (err += chunk));
  const code = await ask(argv, { env, stdout, stderr });
  return { code, out, err };
}

const BILLING = ['--customer', 'cust-wideworld', '--offer', 'off-litware-siem', '--issue', 'BILLING'];

test('prints the path as a table: rank, role, duty, party, contacts, reason, one row per step in order', async () => {
  const { code, out } = await run(...BILLING);
  expect(code).toBe(0);
  const lines = out.split('\n');
  expect(lines[0]).toBe('Wide World Importers · Litware SIEM · BILLING · indirect sale (THIRD_PARTY) · subscription sub-007');
  expect(lines[2]).toMatch(/^│ rank +│ role +│ duty +│ party +│ contacts +│ reason +│$/);
  const firstCells = lines.filter((l) => /^│ \d/.test(l)).map((l) => l.split('│').slice(1, 5).map((c) => c.trim()));
  expect(firstCells).toEqual([
    ['1', 'PARTNER_OF_RECORD', 'RESPONSIBLE', 'Tailspin IT'],
    ['2', 'INDIRECT_PROVIDER', 'SHARED', 'Adatum Distribution'],
    ['3', 'MICROSOFT', 'PLATFORM', 'Microsoft'],
  ]);
  expect(out).toContain('support@tailspin.example');
});

test('--json prints the same answer for machines', async () => {
  const { code, out } = await run(...BILLING, '--json');
  expect(code).toBe(0);
  const path = JSON.parse(out);
  expect(path.steps.map((s: any) => [s.rank, s.role, s.duty, s.party.id])).toEqual([
    [1, 'PARTNER_OF_RECORD', 'RESPONSIBLE', 'ptr-tailspin'],
    [2, 'INDIRECT_PROVIDER', 'SHARED', 'ptr-adatum'],
    [3, 'MICROSOFT', 'PLATFORM', 'pub-microsoft'],
  ]);
  expect(path.steps[0].contacts[0]).toMatchObject({ kind: 'SUPPORT_DESK', email: 'support@tailspin.example' });
  expect(path.steps[0].reason).toMatch(/^Tailspin IT \(partner of record\)/);
});

test('a gap is spelled out in the contacts column', async () => {
  const { out } = await run('--customer', 'cust-wideworld', '--offer', 'off-proseware-archive', '--issue', 'technical');
  expect(out).toContain('GAP: no CUSTOMER_SUPPORT');
});

test('--subscription chooses among several subscriptions; without it the candidates are named', async () => {
  const ambiguous = await run('--customer', 'cust-nod', '--offer', 'off-litware-firewall', '--issue', 'TECHNICAL');
  expect(ambiguous.code).toBe(1);
  expect(ambiguous.err).toMatch(/^BAD_USER_INPUT: .*pass subscriptionId.*"candidateSubscriptionIds":\["sub-025","sub-026"\]/);
  const chosen = await run('--customer', 'cust-nod', '--offer', 'off-litware-firewall', '--issue', 'TECHNICAL', '--subscription', 'sub-026', '--json');
  expect(chosen.code).toBe(0);
  expect(JSON.parse(chosen.out).subscription.id).toBe('sub-026');
});

test('--at answers as of that moment: before the sample was loaded, there was no subscription', async () => {
  const { code, err } = await run(...BILLING, '--at', '2000-01-01');
  expect(code).toBe(1);
  expect(err).toMatch(/^NOT_FOUND: Customer "cust-wideworld" has no subscription to offer "off-litware-siem"/);
});

test('bad usage: exit 2 and the usage', async () => {
  expect(await run('--customer', 'cust-wideworld')).toMatchObject({ code: 2, err: expect.stringContaining('Usage: npm run ask') });
  expect(await run(...BILLING.slice(0, 4), '--issue', 'PAYROLL')).toMatchObject({ code: 2, err: expect.stringMatching(/Unknown issue type "PAYROLL"/) });
  expect(await run(...BILLING, '--at', 'yesterday')).toMatchObject({ code: 2, err: expect.stringMatching(/--at must be a date/) });
});

describe('while the service runs (its embedded Neo4j holds the store)', () => {
  // What `npm start` leaves: a store folder with its password file, and its Neo4j answering on the
  // configured loopback port. Here the test run's Neo4j plays the service's.
  const port = new URL(testNeo4jEnv().NEO4J_URI).port;
  let dataDir: string;
  beforeAll(() => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'csp-ask-store-'));
    fs.writeFileSync(path.join(dataDir, 'neo4j-password'), `${testNeo4jEnv().NEO4J_PASSWORD}\n`, { mode: 0o600 });
  });
  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  test('`npm run ask` with no NEO4J_URI reads the running one, with the password kept in the store folder', async () => {
    const { code, out, err } = await runWith({ NEO4J_DATA_DIR: dataDir, NEO4J_EMBEDDED_PORT: port }, ...BILLING, '--json');
    expect(err).toContain(`Using the running embedded Neo4j at bolt://127.0.0.1:${port}`);
    expect(code).toBe(0);
    expect(JSON.parse(out).steps.map((s: any) => s.party.name)).toEqual(['Tailspin IT', 'Adatum Distribution', 'Microsoft']);
  });

  test('a Neo4j on that port that the password does not open: one message saying what to set', async () => {
    fs.writeFileSync(path.join(dataDir, 'neo4j-password'), 'not-the-password\n');
    await expect(runWith({ NEO4J_DATA_DIR: dataDir, NEO4J_EMBEDDED_PORT: port }, ...BILLING)).rejects.toThrow(
      new RegExp(`A Neo4j answers on bolt://127.0.0.1:${port}, but not as the one whose data is in .*Set NEO4J_EMBEDDED_PORT`),
    );
  });
});
