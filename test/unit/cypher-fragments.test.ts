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
  // Begun by $at: only cypher/fragments/begun.cypher compares validFrom with the moment.
  expect(text).not.toMatch(/validFrom\s*<=/);
  // The parties a subscription ended with: only cypher/fragments/ended-with.cypher.
  expect(text).not.toMatch(/(?<!SET\s+[\w.]*)\.validTo\s*=\s*[\w.]+\.validTo/);
  // A subscription's projection: only cypher/fragments/subscription-fields.cypher.
  expect(text).not.toMatch(/partnerOfRecordId\s*:/);
  // The parties a path binds to at $at: only cypher/fragments/match-path-parties.cypher.
  expect(text).not.toMatch(/MATCH \(\w+\)-\[\w+:SUPPLIED_BY WHERE @in-force/);
  // Who holds an offer at $at: only cypher/fragments/holders-of.cypher.
  expect(text).not.toMatch(/<-\[:FOR_OFFER\]-\(\w+(:Subscription)?\)<-\[\w+:HAS_SUBSCRIPTION/);
  // A party's contact kinds, and whether it lacks a step's: contact-kinds-of, lacks-step-contacts.
  expect(text).not.toMatch(/\|\s*\w+\.kind\s*\]/);
  expect(text).not.toMatch(/\.kind IN \w+\.contactKinds/);
  // supportPath's candidates: only cypher/fragments/match-subscription-candidates.cypher.
  expect(text).not.toMatch(/\(\w+:Customer \{id: \$customerId\}\)/);
});

// The owner of a contact, by id: only cypher/fragments/match-contact-owner.cypher looks it up.
test.each(names.filter((n) => n !== 'unscoped/test-support/plant-previous-release'))('%s finds a contact\'s owner through the fragment', (name) => {
  expect(code(raw(name))).not.toMatch(/OPTIONAL MATCH \(\w+:Partner[^)]*\)\s+OPTIONAL MATCH \(\w+:Publisher[^)]*\)\s+OPTIONAL MATCH \(\w+:Offer[^)]*\)\s+WITH [^\n]*coalesce\(/);
});

// A contact's fields are listed once (cypher/fragments/contact-properties.cypher), read or written.
// The previous release's store is planted as that release wrote it, without the fields added since.
test.each(names.filter((n) => n !== 'unscoped/test-support/plant-previous-release'))('%s lists no contact field by hand', (name) => {
  expect(code(raw(name))).not.toMatch(/\.(email|phone|hours|sla)\b/);
});

/** The `CALL (…) { … }` subqueries of a statement, by brace matching. */
function subqueries(text: string): string[] {
  const bodies: string[] = [];
  for (const call of text.matchAll(/CALL\s*\([^)]*\)\s*\{/g)) {
    let depth = 1;
    let i = call.index! + call[0].length;
    const start = i;
    for (; i < text.length && depth > 0; i += 1) {
      if (text[i] === '{') depth += 1;
      if (text[i] === '}') depth -= 1;
    }
    bodies.push(text.slice(start, i - 1));
  }
  return bodies;
}

// A page and its count select the same rows: the count's selection is a fragment's (or a bare
// MATCH), never conditions written a second time beside the page's.
test.each(names)('%s counts its page through the fragment that selects it', (name) => {
  const counts = subqueries(code(raw(name))).filter((body) => /RETURN count\([^)]*\) AS (totalCount|matching)\b/.test(body));
  for (const body of counts) {
    for (const line of body.split('\n').map((l) => l.trim()).filter(Boolean)) {
      if (/^RETURN\b/.test(line)) continue;
      expect({ line, ok: /^(MATCH|OPTIONAL MATCH|WITH)\b/.test(line) ? !/\bWHERE\b/.test(line) : /^(WHERE (NOT )?)?@[a-z][a-z0-9-]*\([^()]*\)$/.test(line) }).toEqual({ line, ok: true });
    }
  }
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
