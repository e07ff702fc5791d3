import { manyByKey, oneByKey } from '../../src/loaders/key-order';

test('oneByKey returns one value per key, in key order, null for a miss', () => {
  const values = [{ id: 'b' }, { id: 'a' }];
  expect(oneByKey(['a', 'x', 'b', 'a'], values, (v) => v.id)).toEqual([{ id: 'a' }, null, { id: 'b' }, { id: 'a' }]);
});

test('manyByKey groups values per key, in key order, [] for a miss, keeping input order', () => {
  const rows = [{ k: 'b', v: 1 }, { k: 'a', v: 2 }, { k: 'b', v: 3 }, { k: 'z', v: 4 }];
  expect(manyByKey(['a', 'b', 'c'], rows, (r) => r.k, (r) => r.v)).toEqual([[2], [1, 3], []]);
});
