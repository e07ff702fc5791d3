import fs from 'node:fs';
import path from 'node:path';
import { openTestGraph, TestGraph } from '../../support/test-graph';

/**
 * Every ```graphql query block of the README and of docs/ is one a new user will paste into the
 * IDE. Mutation blocks would change the shared test graph; the write tests cover what they show.
 */
const ROOT = path.join(__dirname, '..', '..', '..');
// docs/** : every Markdown file under docs/, however deep.
const DOCS = ['README.md', ...fs.readdirSync(path.join(ROOT, 'docs'), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.md')).sort().map((f) => path.join('docs', f))];
const TEXT = DOCS.map((f) => fs.readFileSync(path.join(ROOT, f), 'utf8')).join('\n');
const EXAMPLES = [...TEXT.matchAll(/```graphql\n([\s\S]*?)```/g)].map((m) => m[1]).filter((q) => !/^(\s*#.*\n)*\s*mutation\b/.test(q));

let graph: TestGraph;
beforeAll(async () => {
  graph = await openTestGraph();
});
afterAll(async () => {
  await graph.close();
});

test('the README and docs have examples', () => {
  expect(EXAMPLES.length).toBeGreaterThanOrEqual(10);
});

test.each(EXAMPLES.map((q, i) => [i + 1, q.split('\n').map((l) => l.trim()).find((l) => l && l !== '{' && !l.startsWith('#'))!, q]))(
  'example %i (%s) answers from the sample graph within the default limits',
  async (_i, _first, query) => {
    const res = await graph.execute(query as string);
    // An example may show an error on purpose; it then says which code in a comment.
    const expected = /extensions: \{ code: "(\w+)"/.exec(query as string)?.[1];
    if (expected) {
      expect(res.errors![0].extensions!.code).toBe(expected);
    } else {
      expect(res.errors).toBeUndefined();
      expect(res.data).toBeTruthy();
    }
  },
);
