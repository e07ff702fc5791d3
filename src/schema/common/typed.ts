import type { GraphTypeName } from '../../graph/records';

/** A record tagged with the GraphQL object type it stands for, so that a union can resolve it. */
export type Typed<T> = T & { __typename: GraphTypeName };

/** The record, tagged with its GraphQL type. */
export function typed<T extends object>(typename: GraphTypeName, record: T): Typed<T> {
  return { ...record, __typename: typename };
}

/** `resolveType` for a union whose members are tagged records (see `typed`). */
export const resolveTaggedType = (value: object): GraphTypeName => (value as Typed<object>).__typename;
