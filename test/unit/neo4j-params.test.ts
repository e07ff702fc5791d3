import neo4j from 'neo4j-driver';
import { toNeo4jParams } from '../../src/graph/executor';

describe('statement parameters', () => {
  it('turns every Date into a Neo4j DateTime, at any depth, without changing what it was given', () => {
    const when = new Date('2026-01-02T03:04:05.678Z');
    const rows = [{ id: 'a', at: when, tags: ['x'] }, { id: 'b', nested: { list: [when] } }];
    const given = JSON.stringify(rows);
    const params = toNeo4jParams({ at: when, rows, count: 3, none: null });

    expect(neo4j.isDateTime(params.at)).toBe(true);
    expect((params.at as { toString(): string }).toString()).toBe('2026-01-02T03:04:05.678000000Z');
    const [a, b] = params.rows as Array<Record<string, unknown>>;
    expect(neo4j.isDateTime(a.at)).toBe(true);
    expect(neo4j.isDateTime(((b.nested as { list: unknown[] }).list)[0])).toBe(true);
    expect([a.id, a.tags, b.id, params.count, params.none]).toEqual(['a', ['x'], 'b', 3, null]);
    // The caller's rows still hold their Dates.
    expect(JSON.stringify(rows)).toBe(given);
    expect(rows[0].at).toBe(when);
  });

  it('passes on, as they are, the lists and objects that hold no Date (an import batch is not copied)', () => {
    const rows = Array.from({ length: 3 }, (_, i) => ({ id: `r${i}`, validFrom: '2026-01-01T00:00:00Z', ids: [`x${i}`] }));
    const params = toNeo4jParams({ rows, at: new Date() });
    expect(params.rows).toBe(rows);
    const mixed = [{ id: 'plain' }, { id: 'dated', at: new Date() }];
    const converted = toNeo4jParams({ mixed }).mixed as unknown[];
    expect(converted).not.toBe(mixed);
    expect(converted[0]).toBe(mixed[0]);
    expect(converted[1]).not.toBe(mixed[1]);
  });
});
