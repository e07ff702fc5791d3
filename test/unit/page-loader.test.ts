import type { PageWindow } from '../../src/graph/repositories/paging';
import { pageLoader } from '../../src/loaders/page-loader';

test('one fetch per distinct window, pages returned in key order, an unanswered parent gets an empty page', async () => {
  const fetches: Array<[string[], PageWindow]> = [];
  const loader = pageLoader<{ id: string }>(async (parentIds, window) => {
    fetches.push([[...parentIds], window]);
    return parentIds
      .filter((id) => id !== 'missing')
      .map((parentId) => ({ parentId, nodes: [{ id: `${parentId}/${window.afterId ?? 'start'}/${window.limit}` }], totalCount: 7 }));
  });

  const pages = await Promise.all([
    loader.load({ parentId: 'a', afterId: null, limit: 3 }),
    loader.load({ parentId: 'b', afterId: null, limit: 3 }),
    loader.load({ parentId: 'a', afterId: 'x', limit: 3 }),
    loader.load({ parentId: 'missing', afterId: null, limit: 3 }),
    loader.load({ parentId: 'a', afterId: null, limit: 3 }),
  ]);

  expect(fetches).toEqual([
    [['a', 'b', 'missing'], { afterId: null, limit: 3 }],
    [['a'], { afterId: 'x', limit: 3 }],
  ]);
  expect(pages.map((p) => p.nodes.map((n) => n.id))).toEqual([['a/start/3'], ['b/start/3'], ['a/x/3'], [], ['a/start/3']]);
  expect(pages.map((p) => p.totalCount)).toEqual([7, 7, 7, 0, 7]);
});
