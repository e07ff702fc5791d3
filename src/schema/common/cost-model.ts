import type { ApolloServerPlugin } from '@apollo/server';
import {
  ASTNode,
  DocumentNode,
  getNamedType,
  visit,
  GraphQLError,
  GraphQLSchema,
  isLeafType,
  isListType,
  isNonNullType,
  GraphQLOutputType,
} from 'graphql';
import { ComplexityEstimator, getComplexity } from 'graphql-query-complexity';
import { QueryTooCostlyError } from '../../errors/domain-errors';
import { DEFAULT_PAGE_SIZE } from './connection';

/**
 * The one cost model (see docs/security.md, "Cost"). A field costs what it makes Neo4j do, in db
 * hits, as measured with PROFILE on a generated graph of 50k customers and 147k subscriptions
 * (`node dist/src/cli/profile-cost.js bench/cost-queries.json`, figures in docs/security.md):
 * - a connection (`first`/`after`): its page statement (`page`: the statement runs, sorts and
 *   counts whatever the page is) plus, for each of `first` items (the value after variable
 *   coercion, clamped as the pager does; 20 when omitted), the item's own cost (`item`) and its
 *   selection's;
 * - a plain list (contacts, a customer's subscriptions, a publisher's offers, search hits):
 *   `lookup` plus, for each item it may hold (`length`, or `first`), the item's cost and its
 *   selection's;
 * - an object resolved by a loader: `lookup` plus its selection's;
 * - a scalar of an already fetched row: 0.
 * Statements whose work follows the graph, not the page (support gaps, outage impact, the root
 * subscription list, a filtered customer list) weigh what they cost at 50k customers; they grow
 * with the graph, and the transaction timeout stops them where the cost cannot.
 */
export interface FieldWeight {
  page?: number;
  item?: number;
  lookup?: number;
  length?: number;
}

/** Any field not in FIELD_WEIGHTS, by its shape. */
const DEFAULTS: Required<FieldWeight> = { page: 1_000, item: 4, lookup: 8, length: 10 };

/** Measured weights by `Type.field` (db hits at 50k customers; the measurement is in docs/security.md). */
export const FIELD_WEIGHTS: Readonly<Record<string, FieldWeight>> = {
  'Query.supportGaps': { page: 450_000, item: 10 },
  'Query.outageImpact': { lookup: 2_200_000 },
  'OutageImpact.partners': { page: 0, item: 10 },
  'Query.subscriptions': { page: 3_200_000, item: 10 },
  'Query.customers': { page: 10, item: 2 },
  'Query.customersMatching': { page: 3_300_000, item: 1 },
  'Query.partners': { page: 500, item: 5 },
  'Query.changes': { page: 1_000, item: 2 },
  'Query.search': { lookup: 2_000, item: 10 },
  'Query.supportPath': { lookup: 200 },
  'Query.supportMatrix': { lookup: 50, length: 16, item: 0 },
  'Query.node': { lookup: 10 },
  'Offer.subscriptions': { page: 70_000, item: 10 },
  'Partner.customers': { page: 75_000, item: 1 },
  'Partner.resellers': { page: 200, item: 4 },
  'Partner.providers': { page: 200, item: 4 },
  'Publisher.offersConnection': { page: 200, item: 4 },
  'Publisher.offers': { lookup: 20, length: 15, item: 4 },
  'Customer.subscriptionsConnection': { page: 60, item: 20 },
  'Customer.subscriptions': { lookup: 30, length: 10, item: 15 },
  'Customer.supportOverview': { lookup: 0, length: 10, item: 300 },
  'SupportPath.steps': { lookup: 0, length: 4, item: 0 },
  'SupportStep.contacts': { lookup: 0, length: 3, item: 2 },
  'SupportRule.steps': { lookup: 0, length: 4, item: 0 },
  'Publisher.contacts': { length: 3, item: 2 },
  'Partner.contacts': { length: 3, item: 2 },
  'Offer.contacts': { length: 3, item: 2 },
};

const unwrapList = (type: GraphQLOutputType): boolean => isListType(isNonNullType(type) ? type.ofType : type);

/**
 * The estimator for graphql-query-complexity: the rules above, with `first` read from the
 * coerced arguments (variables included) and clamped to [0, maxPageSize] as the pager does.
 */
export function costEstimator(maxPageSize: number, weights: Readonly<Record<string, FieldWeight>> = FIELD_WEIGHTS): ComplexityEstimator {
  return ({ type, field, args, childComplexity }) => {
    const w = { ...DEFAULTS, ...weights[`${type.name}.${field.name}`] };
    const named = getNamedType(field.type);
    // The parts of a page (edges, node, cursor, pageInfo, totalCount) come with its statement.
    if (/(Connection|Edge)$/.test(type.name)) return childComplexity;
    if (isLeafType(named)) return weights[`${type.name}.${field.name}`]?.lookup ?? 0;
    const first = typeof args.first === 'number' ? Math.max(0, Math.min(args.first, maxPageSize)) : Math.min(DEFAULT_PAGE_SIZE, maxPageSize);
    if (/Connection$/.test(named.name) && 'first' in args) return w.page + first * (w.item + childComplexity);
    if (/Connection$/.test(named.name)) return w.page + Math.min(DEFAULT_PAGE_SIZE, maxPageSize) * (w.item + childComplexity);
    if (unwrapList(field.type)) {
      const length = field.args.some((a) => a.name === 'first') ? first : w.length;
      return w.lookup + length * (w.item + childComplexity);
    }
    return w.lookup + childComplexity;
  };
}

/**
 * The estimated cost of one operation of `document` with these variables (coerced as graphql-js
 * will). Throws graphql-js's error when the variables do not coerce (execution reports it too).
 */
export function estimateCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown> | undefined,
  operationName: string | undefined,
  maxPageSize: number,
): number {
  return Math.round(getComplexity({ schema, query: document, variables, operationName, estimators: [costEstimator(maxPageSize)] }));
}

/**
 * The names of the variables whose values can change `document`'s cost: those given to a `first`
 * argument (the only argument the estimator reads) or to @include/@skip. Any other variable (an
 * id, an issue type, a filter's text) leaves the cost as it is.
 */
export function costVariables(document: DocumentNode): string[] {
  const names = new Set<string>();
  const collect = (node: ASTNode) =>
    visit(node, {
      Variable(variable) {
        names.add(variable.name.value);
      },
    });
  visit(document, {
    Argument(argument) {
      if (argument.name.value === 'first') collect(argument.value);
    },
    Directive(directive) {
      if (directive.name.value === 'include' || directive.name.value === 'skip') collect(directive);
    },
    VariableDefinition() {
      return false;
    },
  });
  return [...names].sort();
}

/** Costs remembered for one document, at most this many (by operation and the values of its costVariables). */
const COSTS_PER_DOCUMENT = 64;

/**
 * Refuses an operation whose cost, computed with its variables' values after coercion, is over
 * `maxCost`, before any resolver runs (so before any Neo4j session opens): QUERY_TOO_COSTLY with
 * `extensions.cost` and `maxCost`, HTTP 400. Introspection is free. Variables that do not coerce
 * are left to execution, which refuses them. A document's cost is computed once for each
 * operation and values of the variables that weigh on it (Apollo Server keeps one parsed document
 * per query text): a request that only changes an id or an issue type is not weighed again.
 */
export function costLimitPlugin<C extends object>(options: { maxCost: number; maxPageSize: number }): ApolloServerPlugin<C> {
  const known = new WeakMap<DocumentNode, { variables: string[]; costs: Map<string, number> }>();
  const costOf = (schema: GraphQLSchema, document: DocumentNode, variables: Record<string, unknown> | undefined, operationName: string | undefined): number => {
    let entry = known.get(document);
    if (!entry) {
      entry = { variables: costVariables(document), costs: new Map() };
      known.set(document, entry);
    }
    // [value] for a variable given (null included), [] for one left out (its default applies).
    const key = JSON.stringify([operationName ?? null, ...entry.variables.map((name) => (variables && name in variables ? [variables[name]] : []))]);
    let cost = entry.costs.get(key);
    if (cost === undefined) {
      cost = estimateCost(schema, document, variables, operationName, options.maxPageSize);
      if (entry.costs.size >= COSTS_PER_DOCUMENT) entry.costs.clear();
      entry.costs.set(key, cost);
    }
    return cost;
  };
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, request, operationName }) {
          let cost: number;
          try {
            cost = costOf(schema, document, request.variables, operationName ?? undefined);
          } catch (error) {
            if (error instanceof GraphQLError) return;
            throw error;
          }
          if (cost > options.maxCost) throw new QueryTooCostlyError(cost, options.maxCost);
        },
      };
    },
  };
}
