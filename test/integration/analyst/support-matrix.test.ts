import { readDefaultMatrix } from '../../../src/graph/seed-loader';
import { openTestGraph, TestGraph } from '../../support/test-graph';

let graph: TestGraph;
beforeAll(async () => {
  graph = await openTestGraph();
});
afterAll(async () => {
  await graph.close();
});

const MATRIX = /* GraphQL */ `
  query ($offerCategory: OfferCategory, $issueType: IssueType) {
    supportMatrix(offerCategory: $offerCategory, issueType: $issueType) {
      offerCategory issueType steps { rank role duty contactKinds clauses { clause } offerTypes resourceKinds }
    }
  }
`;
const ISSUE_ORDER = ['ACCOUNT_PAYMENT', 'ACCOUNT_SETUP', 'BILLING', 'COMMERCE_PLATFORM', 'DEPLOYMENT_PROVISIONING', 'OUTAGE', 'SUBSCRIPTION_MANAGEMENT', 'TECHNICAL'];
// As the API answers: each clause with its text (only its id compared here), absent lists as null or [].
const seeded = readDefaultMatrix().rules.map((r) => ({
  ...r,
  steps: r.steps.map((s, i) => ({
    rank: i + 1,
    ...s,
    clauses: s.clauses.map((clause) => ({ clause })),
    offerTypes: s.offerTypes ?? null,
    resourceKinds: s.resourceKinds ?? [],
  })),
}));

test('the whole matrix as data: every rule of seeds/, third-party first, then by issue type', async () => {
  const res = await graph.execute(MATRIX);
  expect(res.errors).toBeUndefined();
  const expected = [...seeded].sort(
    (a, b) => b.offerCategory.localeCompare(a.offerCategory) || ISSUE_ORDER.indexOf(a.issueType) - ISSUE_ORDER.indexOf(b.issueType),
  );
  expect(res.data!.supportMatrix).toEqual(expected);
});

test('one issue type, one category, or one rule', async () => {
  const technical = await graph.execute(MATRIX, { issueType: 'TECHNICAL' });
  expect(technical.data!.supportMatrix.map((r: any) => [r.offerCategory, r.steps.map((s: any) => `${s.role}:${s.duty}`)])).toEqual([
    ['THIRD_PARTY', ['PARTNER_OF_RECORD:FIRST_CONTACT', 'INDIRECT_PROVIDER:SHARED', 'PUBLISHER:RESPONSIBLE']],
    ['FIRST_PARTY', ['PARTNER_OF_RECORD:RESPONSIBLE', 'INDIRECT_PROVIDER:SHARED', 'MICROSOFT:PLATFORM']],
  ]);
  const firstParty = await graph.execute(MATRIX, { offerCategory: 'FIRST_PARTY' });
  expect(firstParty.data!.supportMatrix).toHaveLength(8);
  const one = await graph.execute(MATRIX, { offerCategory: 'THIRD_PARTY', issueType: 'OUTAGE' });
  expect(one.data!.supportMatrix).toEqual(seeded.filter((r) => r.offerCategory === 'THIRD_PARTY' && r.issueType === 'OUTAGE'));
});
