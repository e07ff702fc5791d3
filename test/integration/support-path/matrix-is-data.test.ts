import { supportRuleId } from '../../../src/domain/support-matrix';
import { IssueType, OfferCategory } from '../../../src/domain/enums';
import { readDefaultMatrix } from '../../../src/graph/seed-loader';
import { openTestGraph, TestGraph } from '../../support/test-graph';

const QUERY = /* GraphQL */ `
  query ($issueType: IssueType!) {
    supportPath(customerId: "cust-wideworld", offerId: "off-litware-siem", issueType: $issueType) {
      steps { rank role duty party { id } contacts { kind } reason }
    }
  }
`;

let graph: TestGraph;
beforeAll(async () => {
  graph = await openTestGraph();
});
afterAll(async () => {
  // Put the default rule back whatever happened.
  await writeRule(defaultRule());
  await graph.close();
});

const defaultRule = () =>
  readDefaultMatrix().rules.find((r) => r.offerCategory === OfferCategory.THIRD_PARTY && r.issueType === IssueType.ACCOUNT_SETUP)!;

async function writeRule(rule: ReturnType<typeof defaultRule>): Promise<void> {
  await graph.db.writeTx((tx) => tx.run('upsert/upsert-support-rules', { rules: [{ ...rule, id: supportRuleId(rule) }] }));
}

test('editing a matrix row in the graph changes the answer, with no code change', async () => {
  const before = await graph.execute(QUERY, { issueType: 'ACCOUNT_SETUP' });
  expect(before.data!.supportPath.steps.map((s: any) => [s.role, s.duty])).toEqual([
    ['PARTNER_OF_RECORD', 'RESPONSIBLE'],
    ['INDIRECT_PROVIDER', 'SHARED'],
    ['MICROSOFT', 'PLATFORM'],
  ]);

  await writeRule({
    ...defaultRule(),
    steps: [
      { role: 'PARTNER_OF_RECORD' as any, duty: 'FIRST_CONTACT' as any, contactKinds: ['SUPPORT_DESK'], clauses: ['PARTNER_ROUTING'] },
      { role: 'INDIRECT_PROVIDER' as any, duty: 'SHARED' as any, contactKinds: ['SUPPORT_DESK'], clauses: ['INDIRECT_MODEL'] },
      { role: 'PUBLISHER' as any, duty: 'RESPONSIBLE' as any, contactKinds: ['ENGINEERING'], clauses: ['ISV_ROLE'] },
    ],
  });

  const after = await graph.execute(QUERY, { issueType: 'ACCOUNT_SETUP' });
  expect(after.errors).toBeUndefined();
  expect(after.data!.supportPath.steps).toEqual([
    { rank: 1, role: 'PARTNER_OF_RECORD', duty: 'FIRST_CONTACT', party: { id: 'ptr-tailspin' }, contacts: [{ kind: 'SUPPORT_DESK' }], reason: expect.stringContaining('PARTNER_ROUTING') },
    { rank: 2, role: 'INDIRECT_PROVIDER', duty: 'SHARED', party: { id: 'ptr-adatum' }, contacts: [{ kind: 'SUPPORT_DESK' }], reason: expect.stringContaining('INDIRECT_MODEL') },
    { rank: 3, role: 'PUBLISHER', duty: 'RESPONSIBLE', party: { id: 'pub-litware' }, contacts: [{ kind: 'ENGINEERING' }], reason: expect.stringContaining('ISV_ROLE') },
  ]);

  await writeRule(defaultRule());
  const restored = await graph.execute(QUERY, { issueType: 'ACCOUNT_SETUP' });
  expect(restored.data!.supportPath.steps).toEqual(
    before.data!.supportPath.steps,
  );
});

test('a rule missing from the matrix is NOT_FOUND, not an empty path', async () => {
  const ruleId = supportRuleId({ offerCategory: OfferCategory.THIRD_PARTY, issueType: IssueType.OUTAGE });
  const original = readDefaultMatrix().rules.find((r) => supportRuleId(r) === ruleId)!;
  await graph.db.writeTx((tx) => tx.run('unscoped/test-support/delete-by-id-prefix', { prefix: ruleId }));
  try {
    const res = await graph.execute(QUERY, { issueType: 'OUTAGE' });
    expect(res.errors![0].extensions!.code).toBe('NOT_FOUND');
    expect(res.errors![0].message).toContain('OUTAGE');
  } finally {
    await writeRule(original);
  }
  const back = await graph.execute(QUERY, { issueType: 'OUTAGE' });
  expect(back.data!.supportPath.steps.map((s: any) => s.role)).toEqual(['PARTNER_OF_RECORD', 'INDIRECT_PROVIDER', 'PUBLISHER']);
});
