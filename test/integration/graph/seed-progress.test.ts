import { openTestDriver } from '../../support/test-neo4j';
import { Neo4jExecutor } from '../../../src/graph/executor';
import { loadSeeds, readDefaultMatrix, readSampleGraph } from '../../../src/graph/seed-loader';

test('loading the seeds says, set by set as it goes, how many rows it wrote and how many changed', async () => {
  const driver = await openTestDriver();
  try {
    const lines: string[] = [];
    const graph = readSampleGraph();
    // The test database already holds the seeds (loading them again is idempotent; how many rows
    // change depends on what earlier test files did to the sample, so only the shape is checked).
    await loadSeeds(new Neo4jExecutor(driver), readDefaultMatrix(), graph, (line) => lines.push(line));
    const sets = lines.map((line) => /^Seeding (\w+): (\d+) rows, \d+ changed$/.exec(line)?.slice(1));
    expect(sets).toEqual([
      ['supportRules', String(readDefaultMatrix().rules.length)],
      ...['publishers', 'partners', 'resellerLinks', 'offers', 'customers', 'subscriptions', 'contacts', 'resources', 'supportDesignations'].map((set) => [
        set,
        String((graph as unknown as Record<string, unknown[]>)[set].length),
      ]),
    ]);
  } finally {
    await driver.close();
  }
});
