import { decodeCursor, encodeCursor, readPageArgs, toConnection } from '../../src/schema/common/connection';

test('a cursor round-trips and a foreign string is BAD_USER_INPUT', () => {
  expect(decodeCursor(encodeCursor('cust-contoso'))).toBe('cust-contoso');
  expect(() => decodeCursor('Y3VzdC1jb250b3Nv')).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'after' }) }));
});

test('first is capped and defaults to 20', () => {
  expect(readPageArgs({}, 100)).toEqual({ limit: 20, afterKey: null });
  expect(readPageArgs({ first: 100 }, 100).limit).toBe(100);
  expect(() => readPageArgs({ first: 101 }, 100)).toThrow(/between 0 and 100/);
  expect(() => readPageArgs({ first: -1 }, 100)).toThrow(/between 0 and 100/);
});

test('toConnection uses the extra row only to tell that a next page exists', () => {
  const page = toConnection([{ id: 'a' }, { id: 'b' }, { id: 'c' }], 2, 7, (n) => n.id);
  expect(page.edges.map((e) => e.node.id)).toEqual(['a', 'b']);
  expect(page.pageInfo).toEqual({ hasNextPage: true, endCursor: encodeCursor('b') });
  expect(page.totalCount).toBe(7);
  expect(toConnection([], 2, 0, (n: { id: string }) => n.id).pageInfo).toEqual({ hasNextPage: false, endCursor: null });
});
