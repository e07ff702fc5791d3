import DataLoader from 'dataloader';
import type { Page, ParentPage } from '../graph/records';
import type { PageWindow } from '../graph/repositories/paging';

/** One parent's page of children: which parent, and where the page starts and how long it is. */
export interface PageKey extends PageWindow {
  parentId: string;
}

/** Fetches one page per parent in one round trip; every parent shares the same window. */
export type FetchParentPages<T> = (parentIds: readonly string[], window: PageWindow) => Promise<Array<ParentPage<T>>>;

export type PageLoader<T> = DataLoader<PageKey, Page<T>, string>;

const cacheKey = (key: PageKey): string => JSON.stringify([key.parentId, key.afterId, key.limit]);
const windowKey = (key: PageKey): string => JSON.stringify([key.afterId, key.limit]);

/**
 * A DataLoader of one page of children per parent (the loader behind a connection field on a
 * node). A batch makes one `fetch` per distinct window — one round trip for a list of parents
 * asking for the same page — and returns one page per key, in key order; a parent the fetch did
 * not answer gets an empty page.
 */
export function pageLoader<T>(fetch: FetchParentPages<T>): PageLoader<T> {
  return new DataLoader<PageKey, Page<T>, string>(
    async (keys) => {
      const byWindow = new Map<string, PageKey[]>();
      for (const key of keys) byWindow.set(windowKey(key), [...(byWindow.get(windowKey(key)) ?? []), key]);
      const pages = new Map<string, Page<T>>();
      await Promise.all(
        [...byWindow.values()].map(async (group) => {
          const { afterId, limit } = group[0];
          const rows = await fetch(
            group.map((k) => k.parentId),
            { afterId, limit },
          );
          for (const { parentId, nodes, totalCount } of rows) pages.set(cacheKey({ parentId, afterId, limit }), { nodes, totalCount });
        }),
      );
      return keys.map((key) => pages.get(cacheKey(key)) ?? { nodes: [], totalCount: 0 });
    },
    { cacheKeyFn: cacheKey },
  );
}
