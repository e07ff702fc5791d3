import { ArgsType, ClassType, Field, Int, ObjectType } from 'type-graphql';
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { BadUserInputError } from '../../errors/domain-errors';

@ObjectType({ description: 'Relay page information.' })
export class PageInfo {
  @Field()
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true, description: 'Cursor of the last edge; pass it as `after` for the next page.' })
  endCursor!: string | null;
}

@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, description: 'How many items to return (default 20, at most the configured maximum, 100 by default).' })
  first?: number;

  @Field(() => String, { nullable: true, description: 'An opaque cursor from a previous page.' })
  after?: string;
}

export interface Connection<T> {
  edges: Array<{ node: T; cursor: string }>;
  pageInfo: PageInfo;
  totalCount: number;
}

/** The GraphQL types `<Name>Connection` and `<Name>Edge` for a node type. */
export function ConnectionType<T extends object>(nodeType: ClassType<T>, name: string) {
  @ObjectType(`${name}Edge`)
  class Edge {
    @Field(() => nodeType)
    node!: T;

    @Field()
    cursor!: string;
  }

  @ObjectType(`${name}Connection`)
  class ConnectionClass implements Connection<T> {
    @Field(() => [Edge])
    edges!: Edge[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;

    @Field(() => Int, { description: 'How many items the whole list holds, across all pages.' })
    totalCount!: number;
  }
  return ConnectionClass;
}

/**
 * The key cursors are signed with (HMAC-SHA256): CURSOR_SECRET when configured (several instances
 * behind one address must share it), otherwise random per process, so a cursor cannot be forged
 * and stops working when the process restarts (cursors are meant for the next page, not to keep).
 */
let cursorKey: Buffer = randomBytes(32);

/** Signs cursors with this secret from now on (at start-up, from CURSOR_SECRET). */
export function setCursorSecret(secret: string): void {
  cursorKey = Buffer.from(secret, 'utf8');
}

const sign = (payload: string) => createHmac('sha256', cursorKey).update(payload).digest('base64url');

/** An opaque cursor for the item with this sort key in the list named `list` (bound to it and signed). */
export function encodeCursor(list: string, sortKey: string): string {
  const payload = Buffer.from(JSON.stringify([list, sortKey]), 'utf8').toString('base64url');
  return `${payload}.${sign(payload)}`;
}

/**
 * The sort key inside a cursor of the list named `list`; throws BAD_USER_INPUT (field `after`)
 * when it is not a cursor this service issued for that list (another list's, altered, or signed
 * by another key).
 */
export function decodeCursor(list: string, cursor: string): string {
  const refuse = () => new BadUserInputError('`after` is not a cursor of this list.', { field: 'after' });
  const [payload, mac, ...rest] = cursor.split('.');
  if (!payload || !mac || rest.length) throw refuse();
  const expected = Buffer.from(sign(payload));
  const given = Buffer.from(mac);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) throw refuse();
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
  } catch {
    throw refuse();
  }
  if (!Array.isArray(value) || value.length !== 2 || value[0] !== list || typeof value[1] !== 'string') throw refuse();
  return value[1];
}

export const DEFAULT_PAGE_SIZE = 20;

/** Validated paging arguments of the list named `list`: the page size and the sort key to start after. */
export function readPageArgs(args: PageArgs, maxPageSize: number, list: string): { limit: number; afterKey: string | null } {
  const first = args.first ?? Math.min(DEFAULT_PAGE_SIZE, maxPageSize);
  if (!Number.isInteger(first) || first < 0 || first > maxPageSize) {
    throw new BadUserInputError(`\`first\` must be between 0 and ${maxPageSize}.`, { field: 'first', max: maxPageSize });
  }
  return { limit: first, afterKey: args.after ? decodeCursor(list, args.after) : null };
}

/**
 * A connection from a page fetched with one extra row (`limit + 1`): the extra row only tells
 * that a next page exists.
 */
export function toConnection<T>(rows: T[], limit: number, totalCount: number, sortKeyOf: (node: T) => string, list: string): Connection<T> {
  const edges = rows.slice(0, limit).map((node) => edgeOf(node, () => encodeCursor(list, sortKeyOf(node))));
  const last = edges[edges.length - 1];
  return {
    edges,
    pageInfo: {
      hasNextPage: rows.length > limit,
      get endCursor() {
        return last ? last.cursor : null;
      },
    },
    totalCount,
  };
}

/**
 * An edge whose cursor is signed the first time it is read: a page read for its nodes (a browse,
 * a nested list) signs none, instead of one HMAC per edge up front.
 */
function edgeOf<T>(node: T, sign: () => string): { node: T; cursor: string } {
  let cursor: string | undefined;
  return {
    node,
    get cursor() {
      cursor ??= sign();
      return cursor;
    },
  };
}
