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

// Neo4j plans a list parameter by its size: a mutation's few ids, an import batch's thousands.
const SIZES = [2, 5000];

const cases = kept.flatMap((name) => SIZES.map((size) => [name, size] as const));

test.each(cases)('%s, for %i ids, starts from unique-index seeks and scans nothing', async (name, size) => {
  const session = graph.db.driver.session({ defaultAccessMode: neo4j.session.READ });
  try {
    const ids = Array.from({ length: size }, (_, i) => `id-${i}`);
    const { plan } = (await session.run(`EXPLAIN ${cypher(name)}`, { ids })).summary;
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
