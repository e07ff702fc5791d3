import { parse } from 'graphql';
import { costVariables } from '../../src/schema/common/cost-model';

test('the variables that weigh on a cost are those given to `first` and to @include/@skip, in fragments too', () => {
  const document = parse(`
    query($id: ID!, $issue: IssueType!, $n: Int, $m: Int, $withSteps: Boolean!, $terse: Boolean!, $text: String) {
      supportPath(subscriptionId: $id, issueType: $issue) { steps @include(if: $withSteps) { role } }
      customersMatching(first: $n, filter: { nameContains: $text }) { totalCount }
      ...more
    }
    fragment more on Query { subscriptions(first: $m) @skip(if: $terse) { totalCount } }
  `);
  expect(costVariables(document)).toEqual(['m', 'n', 'terse', 'withSteps']);
});

test('a document without them has none: its cost is the same whatever its variables', () => {
  expect(costVariables(parse('query($id: ID!) { node(id: $id) { id } }'))).toEqual([]);
});
