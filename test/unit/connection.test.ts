import { decodeCursor, encodeCursor, readPageArgs, setCursorSecret, toConnection } from '../../src/schema/common/connection';

const refused = expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'after' }) });

test('a cursor round-trips in its own list and a foreign string is BAD_USER_INPUT', () => {
  expect(decodeCursor('Query.customers', encodeCursor('Query.customers', 'cust-contoso'))).toBe('cust-contoso');
  expect(() => decodeCursor('Query.customers', 'Y3VzdC1jb250b3Nv')).toThrow(refused);
});

test('a cursor is bound to its list (issue 10, item 13): another list refuses it', () => {
  const cursor = encodeCursor('Query.customers', 'cust-contoso');
  expect(() => decodeCursor('Query.partners', cursor)).toThrow(refused);
  expect(() => decodeCursor('Partner.customers:ptr-coho', encodeCursor('Partner.customers:ptr-adatum', 'cust-contoso'))).toThrow(refused);
});

test('a cursor is signed: an altered or forged one is refused', () => {
  const cursor = encodeCursor('Query.customers', 'cust-contoso');
  const [, mac] = cursor.split('.');
  const forged = `${Buffer.from(JSON.stringify(['Query.customers', 'cust-zzz'])).toString('base64url')}.${mac}`;
  expect(() => decodeCursor('Query.customers', forged)).toThrow(refused);
  expect(() => decodeCursor('Query.customers', `${cursor}x`)).toThrow(refused);
  // Another key (another process without a shared CURSOR_SECRET) does not accept it either.
  setCursorSecret('another-secret-another-secret-another-0123');
  expect(() => decodeCursor('Query.customers', cursor)).toThrow(refused);
});

test('first is capped and defaults to 20', () => {
  expect(readPageArgs({}, 100, 'l')).toEqual({ limit: 20, afterKey: null });
  expect(readPageArgs({ first: 100 }, 100, 'l').limit).toBe(100);
  expect(() => readPageArgs({ first: 101 }, 100, 'l')).toThrow(/between 0 and 100/);
  expect(() => readPageArgs({ first: -1 }, 100, 'l')).toThrow(/between 0 and 100/);
});

test('toConnection uses the extra row only to tell that a next page exists', () => {
  const page = toConnection([{ id: 'a' }, { id: 'b' }, { id: 'c' }], 2, 7, (n) => n.id, 'l');
  expect(page.edges.map((e) => e.node.id)).toEqual(['a', 'b']);
  expect(page.pageInfo).toEqual({ hasNextPage: true, endCursor: encodeCursor('l', 'b') });
  expect(page.totalCount).toBe(7);
  expect(toConnection([], 2, 0, (n: { id: string }) => n.id, 'l').pageInfo).toEqual({ hasNextPage: false, endCursor: null });
});

test('a cursor is signed only when it is read, once, and is the same as one signed up front', () => {
  const keyed: string[] = [];
  const page = toConnection([{ id: 'a' }, { id: 'b' }, { id: 'c' }], 2, 3, (n) => (keyed.push(n.id), n.id), 'l');
  expect(page.edges.map((e) => e.node.id)).toEqual(['a', 'b']);
  expect(keyed).toEqual([]);
  expect(page.edges[1].cursor).toBe(encodeCursor('l', 'b'));
  expect(page.pageInfo.endCursor).toBe(encodeCursor('l', 'b'));
  expect(page.edges[1].cursor).toBe(encodeCursor('l', 'b'));
  expect(keyed).toEqual(['b']);
  expect(JSON.parse(JSON.stringify(page.edges))).toEqual([
    { node: { id: 'a' }, cursor: encodeCursor('l', 'a') },
    { node: { id: 'b' }, cursor: encodeCursor('l', 'b') },
  ]);
});
