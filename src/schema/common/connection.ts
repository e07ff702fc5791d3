import { ArgsType, ClassType, Field, Int, ObjectType } from 'type-graphql';
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

const CURSOR_PREFIX = 'cursor:';

/** An opaque cursor for the item with this sort key. */
export function encodeCursor(sortKey: string): string {
  return Buffer.from(CURSOR_PREFIX + sortKey, 'utf8').toString('base64url');
}

/** The sort key inside a cursor; throws BAD_USER_INPUT (field `after`) when it is not one of ours. */
export function decodeCursor(cursor: string): string {
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!text.startsWith(CURSOR_PREFIX) || encodeCursor(text.slice(CURSOR_PREFIX.length)) !== cursor) {
    throw new BadUserInputError('`after` is not a cursor this service issued.', { field: 'after' });
  }
  return text.slice(CURSOR_PREFIX.length);
}

export const DEFAULT_PAGE_SIZE = 20;

/** Validated paging arguments: the page size and the sort key to start after. */
export function readPageArgs(args: PageArgs, maxPageSize: number): { limit: number; afterKey: string | null } {
  const first = args.first ?? Math.min(DEFAULT_PAGE_SIZE, maxPageSize);
  if (!Number.isInteger(first) || first < 0 || first > maxPageSize) {
    throw new BadUserInputError(`\`first\` must be between 0 and ${maxPageSize}.`, { field: 'first', max: maxPageSize });
  }
  return { limit: first, afterKey: args.after ? decodeCursor(args.after) : null };
}

/**
 * A connection from a page fetched with one extra row (`limit + 1`): the extra row only tells
 * that a next page exists.
 */
export function toConnection<T>(rows: T[], limit: number, totalCount: number, sortKeyOf: (node: T) => string): Connection<T> {
  const nodes = rows.slice(0, limit);
  const edges = nodes.map((node) => ({ node, cursor: encodeCursor(sortKeyOf(node)) }));
  return {
    edges,
    pageInfo: { hasNextPage: rows.length > limit, endCursor: edges.length ? edges[edges.length - 1].cursor : null },
    totalCount,
  };
}
