import type { QueryEvent } from '../../../src/graph/executor';
import { ideExamples } from '../../../src/http/ide-examples';
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

test('the warm-up answers every IDE example once, reads only, and /readyz says so until it is done', async () => {
  let during: { status: number; body: unknown } | undefined;
  const events = await statementsDuring(async () => {
    const warming = running.app.warmUp();
    const probe = await fetch(`${running.url}/readyz`);
    during = { status: probe.status, body: await probe.json() };
    const report = await warming;
    // On the sample graph every example is answered whole.
    expect(report.steps.map(({ name, outcome }) => [name, outcome])).toEqual(examples.map((e) => [e.name, 'ok']));
  });
  expect(during).toEqual({ status: 503, body: { status: 'warming up' } });
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
