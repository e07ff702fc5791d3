import fs from 'node:fs';
import path from 'node:path';
import { cypher, cypherFileNames } from '../../src/graph/cypher';

/**
 * Every statement under cypher/ expands, uses the shared fragments instead of copies of them, takes
 * "now" from `$at` (one clock), and, when it only reads, is scoped to the caller by `$scope`.
 */
const ROOT = path.join(__dirname, '..', '..', 'cypher');
const raw = (name: string) => fs.readFileSync(path.join(ROOT, `${name}.cypher`), 'utf8');
const code = (text: string) => text.replace(/^\s*\/\/.*$/gm, '');
const WRITES = /\b(MERGE|CREATE|SET|DELETE|REMOVE|DROP)\b/i;
// cypher/bench/ holds the benchmark's baselines: the same answers written by hand, as a user of the
// driver would, so they deliberately use no fragment and no scope.
const names = cypherFileNames().filter((n) => !n.startsWith('bench/'));

test('the statement files are found', () => {
  expect(names.length).toBeGreaterThan(40);
  expect(names).toContain('support-path/find-path-parties');
  expect(names.some((n) => n.startsWith('fragments/'))).toBe(false);
});

test.each(names)('%s expands into Cypher with no fragment call left', (name) => {
  const text = cypher(name);
  expect(text).not.toMatch(/@[a-z][a-z0-9-]*\(/);
});

test.each(names)('%s reads the moment from $at, never from the database clock', (name) => {
  expect(code(cypher(name))).not.toMatch(/\b(datetime|date|localdatetime|timestamp)\(\s*\)/i);
});

test.each(names)('%s writes no shared predicate out by hand', (name) => {
  const text = code(raw(name));
  // In force: only cypher/fragments/in-force.cypher writes out validFrom <= t < validTo.
  expect(text).not.toMatch(/validTo IS NULL OR [\w.]+validTo >/);
  // Scope: only the visible-* fragments look at the scope's organisation.
  expect(text).not.toMatch(/\$scope\.(partnerId|publisherId)/);
});

test.each(names.filter((n) => !n.startsWith('unscoped/') && !n.startsWith('schema/')))(
  '%s, when it only reads, is scoped by $scope',
  (name) => {
    const text = code(cypher(name));
    if (WRITES.test(text)) return;
    expect(text).toContain('$scope');
  },
);

test('a fragment call with the wrong number of arguments is refused when loaded', () => {
  const dir = path.join(ROOT, 'unscoped', 'test-support');
  const file = path.join(dir, 'bad-arity.cypher');
  fs.writeFileSync(file, 'MATCH (r) WHERE @in-force(r, s) RETURN r');
  try {
    expect(() => cypher('unscoped/test-support/bad-arity')).toThrow(/@in-force takes 1 argument/);
  } finally {
    fs.unlinkSync(file);
  }
});
