import { IssueType, OfferCategory } from '../../../src/domain/enums';
import { supportRuleId } from '../../../src/domain/support-matrix';
import { readDefaultMatrix } from '../../../src/graph/seed-loader';
import { openTestGraph, TestGraph } from '../../support/test-graph';

/**
 * The matrix is kept in memory by each instance and read again after any matrix write, by any
 * instance: two test graphs are two instances (each its own driver, so its own copy).
 */
const QUERY = /* GraphQL */ `
  {
    supportPath(customerId: "cust-wideworld", offerId: "off-litware-siem", issueType: BILLING) {
      steps { rank role duty reason }
    }
  }
`;

let a: TestGraph;
let b: TestGraph;
beforeAll(async () => {
  a = await openTestGraph();
  b = await openTestGraph();
});
afterAll(async () => {
  await writeRule(b, defaultRule());
  await a.close();
  await b.close();
});

const defaultRule = () => readDefaultMatrix().rules.find((r) => r.offerCategory === OfferCategory.THIRD_PARTY && r.issueType === IssueType.BILLING)!;

async function writeRule(graph: TestGraph, rule: ReturnType<typeof defaultRule>): Promise<void> {
  await graph.db.writeTx((tx) => tx.run('upsert/upsert-support-rules', { rules: [{ ...rule, id: supportRuleId(rule) }] }));
}

async function path(graph: TestGraph): Promise<{ statements: string[]; reasons: string[] }> {
  const statements: string[] = [];
  const stop = graph.db.onQuery((event) => statements.push(event.statement));
  try {
    const res = await graph.execute(QUERY);
    expect(res.errors).toBeUndefined();
    return { statements, reasons: res.data!.supportPath.steps.map((s: any) => s.reason) };
  } finally {
    stop();
  }
}

test('an instance reads the matrix once, then again only after a matrix write by any instance', async () => {
  const first = await path(a);
  expect(first.statements).toContain('unscoped/support-matrix/find-support-rules');
  const second = await path(a);
  expect(second.statements).not.toContain('unscoped/support-matrix/find-support-rules');
  expect(second.reasons).toEqual(first.reasons);

  // Another instance makes the first step cite PROGRAM_PRACTICE instead: the reason says so.
  const edited = { ...defaultRule(), steps: defaultRule().steps.map((s, i) => (i === 0 ? { ...s, clauses: ['PROGRAM_PRACTICE'] } : s)) };
  await writeRule(b, edited);

  const afterWrite = await path(a);
  expect(afterWrite.statements).toContain('unscoped/support-matrix/find-support-rules');
  expect(afterWrite.reasons[0]).toContain('Beyond the article');
  expect(first.reasons[0]).not.toContain('Beyond the article');
  expect((await path(a)).statements).not.toContain('unscoped/support-matrix/find-support-rules');

  await writeRule(b, defaultRule());
  expect((await path(a)).reasons).toEqual(first.reasons);
});
