import { EmbeddedNeo4jError, ensureLauncherBuilt } from '../../src/graph/embedded-neo4j';

test('without Java on PATH, starting the embedded Neo4j stops with one message naming both ways out', () => {
  const path = process.env.PATH;
  process.env.PATH = '/nonexistent';
  try {
    expect(() => ensureLauncherBuilt()).toThrow(EmbeddedNeo4jError);
    expect(() => ensureLauncherBuilt()).toThrow(/Java was not found.*set NEO4J_URI.*install a JDK 17\+ and Maven/s);
  } finally {
    process.env.PATH = path;
  }
});
