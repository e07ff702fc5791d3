import { warmUp } from '../../src/http/warm-up';

const op = (name: string, query: string) => ({ name, query, variables: '{}' });

test('the warm-up runs each query once, in order, never a mutation, and reports how each ended', async () => {
  const ran: string[] = [];
  const report = await warmUp(
    [
      op('First', 'query First { customers { totalCount } }'),
      op('Write', 'mutation Write { upsertCustomer(input: {id: "x", name: "x"}) { id } }'),
      op('Missing', 'query Missing($id: ID!) { customer(id: $id) { id } }'),
      op('Broken', 'query Broken {'),
      op('Failing', 'query Failing { customers { totalCount } }'),
    ],
    async (operation) => {
      ran.push(operation.name);
      if (operation.name === 'Missing') return ['NOT_FOUND', 'NOT_FOUND'];
      if (operation.name === 'Failing') throw new Error('lost');
      return [];
    },
  );
  expect(ran).toEqual(['First', 'Missing', 'Failing']);
  expect(report.steps.map(({ name, outcome }) => [name, outcome])).toEqual([
    ['First', 'ok'],
    ['Missing', 'NOT_FOUND'],
    ['Failing', 'INTERNAL_SERVER_ERROR'],
  ]);
  expect(report.ms).toBeGreaterThanOrEqual(0);
});
