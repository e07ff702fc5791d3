import type { GraphQLResolveInfo } from 'graphql';
import { parseResolveInfo, ResolveTree } from 'graphql-parse-resolve-info';

/**
 * Whether the field being resolved selects the fields of one of `paths` below it (field names,
 * whatever their aliases, through any fragment); a field left out by `@skip` or `@include` is not
 * selected. Lets a resolver read in its own statement what a child field would otherwise ask in
 * another. graphql-parse-resolve-info resolves the fragments, aliases and directives.
 */
export function selects(info: GraphQLResolveInfo, ...paths: ReadonlyArray<readonly string[]>): boolean {
  const tree = parseResolveInfo(info) as ResolveTree | null;
  return tree !== null && paths.some((path) => reaches([tree], path));
}

function reaches(trees: ResolveTree[], path: readonly string[]): boolean {
  if (!path.length) return true;
  const [name, ...rest] = path;
  const children = trees.flatMap((tree) => Object.values(tree.fieldsByTypeName).flatMap((fields) => Object.values(fields))).filter((child) => child.name === name);
  return children.length > 0 && reaches(children, rest);
}
