import type { Page } from '../../graph/records';
import type { PageWindow } from '../../graph/repositories/paging';
import { BadUserInputError } from '../../errors/domain-errors';
import type { PageLoader } from '../../loaders/page-loader';
import { Connection, PageArgs, readPageArgs, toConnection } from './connection';

/**
 * Turns `first`/`after` into keyset windows and pages into connections, for every list ordered
 * by id. One per request, holding the configured page-size cap. Every call names its list
 * (`Query.customers`, `Partner.customers` with the parent's id): a cursor is bound to the list
 * that issued it, and signed (see connection.ts).
 */
export class Pager {
  constructor(readonly maxPageSize: number) {}

  /**
   * A connection over a list ordered by id: fetches one row more than `first` to tell whether a
   * next page exists. Throws BAD_USER_INPUT for a `first` past the cap or a foreign cursor.
   */
  async list<T extends { id: string }>(list: string, args: PageArgs, fetch: (window: PageWindow) => Promise<Page<T>>): Promise<Connection<T>> {
    const { limit, afterKey } = readPageArgs(args, this.maxPageSize, list);
    const { nodes, totalCount } = await fetch({ afterId: afterKey, limit: limit + 1 });
    return toConnection(nodes, limit, totalCount, (node) => node.id, list);
  }

  /** A connection over one parent's children through a page loader (batched across parents). */
  children<T extends { id: string }>(list: string, loader: PageLoader<T>, parentId: string, args: PageArgs): Promise<Connection<T>> {
    return this.list(`${list}:${parentId}`, args, (window) => loader.load({ parentId, ...window }));
  }

  /**
   * A connection over a list ordered by a composite key (a JSON array inside the cursor), such as
   * (kind, id) or (impact, id). Throws BAD_USER_INPUT for a `first` past the cap, or a cursor that
   * does not hold a key of this list.
   */
  async listByKey<T, K extends unknown[]>(
    list: string,
    args: PageArgs,
    key: { of: (node: T) => K; is: (value: unknown[]) => value is K },
    fetch: (after: K | null, limit: number) => Promise<Page<T>>,
  ): Promise<Connection<T>> {
    const { limit, afterKey } = readPageArgs(args, this.maxPageSize, list);
    const { nodes, totalCount } = await fetch(afterKey === null ? null : parseKey(afterKey, key.is), limit + 1);
    return toConnection(nodes, limit, totalCount, (node) => JSON.stringify(key.of(node)), list);
  }
}

function parseKey<K extends unknown[]>(text: string, isKey: (value: unknown[]) => value is K): K {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    value = null;
  }
  if (Array.isArray(value) && isKey(value)) return value;
  throw new BadUserInputError('`after` is not a cursor of this list.', { field: 'after' });
}
