import neo4j, { Plan } from 'neo4j-driver';
import { cypher, cypherFileNames } from '../../../src/graph/cypher';
import { openTestGraph, TestGraph } from '../../support/test-graph';

/**
 * A statement that begins with `CYPHER replan=skip` keeps the plan Neo4j made the first time, even
 * once the statistics have changed (docs/writes.md, "Bulk import"). That is only safe when every
 * plan starts from unique-index seeks on the ids it is given: a scan planned on a small store
 * would then stay as the store grows. Checked on the plans Neo4j makes (EXPLAIN runs nothing).
 */
let graph: TestGraph;
beforeAll(async () => {
  graph = await openTestGraph();
});
afterAll(() => graph.close());

const kept = cypherFileNames().filter((name) => /^CYPHER replan=skip$/m.test(cypher(name)));

test('the id lookups of the write path keep their plans', () => {
  expect(kept).toEqual(
    expect.arrayContaining(['unscoped/write/find-entity-snapshots', 'write/lock-entities', 'write/locks/subscription', 'unscoped/write/snapshots/customer']),
  );
});

// A mutation's few ids and an import batch's thousands (with the ids inside a map, Neo4j does not
// see their number: both must get the same plan, checked below, and that plan must seek).
const SIZES = [2, 5000];

const cases = kept.flatMap((name) => SIZES.map((size) => [name, size] as const));

test.each(cases)('%s, for %i ids, starts from unique-index seeks and scans nothing', async (name, size) => {
  const session = graph.db.driver.session({ defaultAccessMode: neo4j.session.READ });
  try {
    const ids = Array.from({ length: size }, (_, i) => `id-${i}`);
    const { plan } = (await session.run(`EXPLAIN ${cypher(name)}`, { batch: { ids } })).summary;
    const operators: string[] = [];
    const walk = (p: Plan) => {
      // A scan is shown with what it scans, for the failure message.
      const op = p.operatorType.replace(/@.*$/, '');
      operators.push(/Scan/.test(op) ? `${op} ${String(p.arguments?.Details)}` : op);
      p.children.forEach(walk);
    };
    walk(plan as Plan);
    expect(operators.filter((op) => /Scan/.test(op))).toEqual([]);
    // A statement that locks what it finds seeks with `(Locking)`.
    expect(operators.some((op) => /^NodeUniqueIndexSeek\b/.test(op))).toBe(true);
  } finally {
    await session.close();
  }
});

// Neo4j plans a statement again for each order of magnitude of a list parameter's size (1, 2-10,
// 11-100, ...): a nine-kind read took 0.6-1.1 s to plan each time on a 100k store. A list inside a
// map is planned once, whatever its size.
test.each(kept)('%s is planned once for any number of ids', async (name) => {
  const session = graph.db.driver.session({ defaultAccessMode: neo4j.session.READ });
  const cached = async () => {
    const message: string = (await session.run('CALL db.clearQueryCaches()')).records[0].get(0);
    return /already empty/.test(message) ? 0 : Number(/cleared of (\d+) quer/.exec(message)![1]);
  };
  try {
    await cached();
    for (const size of [1, 5, 50, 500, 5000]) {
      const ids = Array.from({ length: size }, (_, i) => `id-${i}`);
      // Only the parameters it takes (any other is part of what Neo4j caches a plan by); one that
      // took $ids would be planned again at each size.
      const text = cypher(name);
      const takes = (param: string) => new RegExp(`\\$${param}\\b`).test(text);
      await session.run(`EXPLAIN ${text}`, { batch: { ids }, ...(takes('gate') ? { gate: 'test' } : {}), ...(takes('ids') ? { ids } : {}) });
    }
    expect(await cached()).toBe(1);
  } finally {
    await session.close();
  }
});
