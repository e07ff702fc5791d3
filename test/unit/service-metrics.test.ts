import { ServiceMetrics } from '../../src/http/metrics';

test('operation names become labels only as GraphQL names, and at most 200 distinct ones', () => {
  const metrics = new ServiceMetrics();
  expect(metrics.operationLabel(undefined)).toBe('anonymous');
  expect(metrics.operationLabel('')).toBe('anonymous');
  expect(metrics.operationLabel('Who"supports')).toBe('invalid');
  expect(metrics.operationLabel('x'.repeat(101))).toBe('invalid');
  for (let i = 0; i < 200; i++) expect(metrics.operationLabel(`Op${i}`)).toBe(`Op${i}`);
  expect(metrics.operationLabel('OneTooMany')).toBe('other');
  expect(metrics.operationLabel('Op7')).toBe('Op7');
});

test('a statement event is observed under its file, mode and outcome', async () => {
  const metrics = new ServiceMetrics();
  metrics.statement({ statement: 'customer/find-customers-by-ids', mode: 'READ', durationMs: 12, ok: true, transaction: 1 });
  metrics.statement({ statement: 'customer/find-customers-by-ids', mode: 'READ', durationMs: 3000, ok: false, transaction: 2 });
  const { body } = await metrics.scrape();
  expect(body).toContain('neo4j_statement_duration_seconds_count{statement="customer/find-customers-by-ids",mode="READ",outcome="ok"} 1');
  expect(body).toContain('neo4j_statement_duration_seconds_bucket{le="0.025",statement="customer/find-customers-by-ids",mode="READ",outcome="ok"} 1');
  expect(body).toContain('neo4j_statement_duration_seconds_sum{statement="customer/find-customers-by-ids",mode="READ",outcome="error"} 3');
});
