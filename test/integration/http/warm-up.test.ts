import { Transaction } from 'neo4j-driver';
import type { QueryEvent } from '../../../src/graph/executor';
import { EXPLORER_OPERATIONS } from '../../../src/http/explorer-operations';
import { ideExamples } from '../../../src/http/ide-examples';
import { warmUpOperations } from '../../../src/http/warm-up';
import { buildGraphQLSchema } from '../../../src/schema/build-schema';
import { postGraphQL, RunningApp, startApp } from '../../support/running-app';

let running: RunningApp;
beforeAll(async () => {
  running = await startApp();
});
afterAll(() => running.stop());

const examples = ideExamples(buildGraphQLSchema());
/** Every statement a warm-up of this file ran: Neo4j's plans are kept by statement text, whichever warm-up planned it. */
const warmed = new Set<string>();

/** The statements `work` makes the app run (their cypher/ names, with each one's access mode). */
async function statementsDuring(work: () => Promise<unknown>): Promise<QueryEvent[]> {
  const events: QueryEvent[] = [];
  const stop = running.graph.executor.onQuery((event) => events.push(event));
  try {
    await work();
  } finally {
    stop();
  }
  return events;
}

test('the warm-up answers every IDE example and explorer operation once, reads only, and /readyz says so until it is done', async () => {
  let during: { status: number; body: unknown } | undefined;
  let probeId: string | null = null;
  const events = await statementsDuring(async () => {
    const warming = running.app.warmUp();
    const probe = await fetch(`${running.url}/readyz`);
    during = { status: probe.status, body: await probe.json() };
    probeId = probe.headers.get('x-request-id');
    const report = await warming;
    // On the sample graph every example is answered whole.
    expect(report.steps.map(({ name, outcome }) => [name, outcome])).toEqual(warmUpOperations(buildGraphQLSchema()).map((e) => [e.name, 'ok']));
  });
  expect(during).toEqual({ status: 503, body: { status: 'warming up' } });
  // What the probe is for, logged as a warning: not an error line for each probe during a warm-up.
  expect((await running.waitForLine((line) => line.requestId === probeId)).level).toBe('warn');
  events.forEach((e) => warmed.add(e.statement));
  expect(events.length).toBeGreaterThanOrEqual(examples.length);
  expect(events.filter((e) => e.mode !== 'READ')).toEqual([]);

  const after = await fetch(`${running.url}/readyz`);
  expect([after.status, await after.json()]).toEqual([200, { status: 'ready' }]);
});

test('every statement an IDE example runs when a client sends it, the warm-up has run before (so Neo4j has planned it)', async () => {
  // The matrix is cached in the process until another test's write changes its version: whichever
  // warm-up ran first read it.
  (await statementsDuring(() => running.app.warmUp())).forEach((e) => warmed.add(e.statement));
  for (const example of examples) {
    const events = await statementsDuring(async () => {
      const { body } = await postGraphQL(running.url, { query: example.query, variables: JSON.parse(example.variables), operationName: example.name });
      expect(body.errors).toBeUndefined();
    });
    expect(events.length).toBeGreaterThan(0);
    expect(events.map((e) => e.statement).filter((statement) => !warmed.has(statement))).toEqual([]);
  }
});

/**
 * What Neo4j plans once and keeps: a statement's text with the type of each of its parameters (a
 * string and a null are two plans). Read from the driver's transactions, as Neo4j receives them.
 */
async function plansDuring(work: () => Promise<unknown>): Promise<Set<string>> {
  const plans = new Set<string>();
  const typeOf = (value: unknown) => (value === null || value === undefined ? 'null' : Array.isArray(value) ? 'list' : typeof value === 'object' ? value.constructor.name : typeof value);
  const run = Transaction.prototype.run;
  const spy = jest.spyOn(Transaction.prototype, 'run').mockImplementation(function (this: Transaction, query: any, parameters?: any) {
    const types = Object.entries(parameters ?? {}).map(([name, value]) => `${name}:${typeOf(value)}`).sort();
    plans.add(`${String(query)}\n${types.join(',')}`);
    return run.call(this, query, parameters);
  });
  try {
    await work();
  } finally {
    spy.mockRestore();
  }
  return plans;
}

test("every statement the explorer sends runs with parameters of the types the warm-up planned it with", async () => {
  const planned = await plansDuring(() => running.app.warmUp());
  // As the explorer's script sends them (web/explorer/app.ts), with other values of the same kinds.
  const requests = [
    { query: EXPLORER_OPERATIONS.SEARCH_CUSTOMERS, variables: { text: 'contoso' } },
    { query: EXPLORER_OPERATIONS.CUSTOMER_SUBSCRIPTIONS, variables: { id: 'cust-contoso' } },
    { query: EXPLORER_OPERATIONS.MATRIX_ISSUE_TYPES, variables: {} },
    {
      query: EXPLORER_OPERATIONS.SUPPORT_PATH,
      variables: { customerId: 'cust-wideworld', offerId: 'off-m365-e3', subscriptionId: 'sub-006', issueType: 'TECHNICAL', at: null, audience: 'CUSTOMERS' },
    },
  ];
  const unplanned: string[] = [];
  for (const request of requests) {
    const sent = await plansDuring(async () => {
      const { body } = await postGraphQL(running.url, request);
      expect(body.errors).toBeUndefined();
    });
    expect(sent.size).toBeGreaterThan(0);
    // Each unplanned one as the operation's name and the statement's parameter types.
    const operation = /query (\w+)/.exec(request.query)![1];
    unplanned.push(...[...sent].filter((plan) => !planned.has(plan)).map((plan) => `${operation}: ${plan.slice(plan.lastIndexOf('\n') + 1)}`));
  }
  expect(unplanned).toEqual([]);
});
