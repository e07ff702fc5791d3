import { getOperationAST, GraphQLSchema, OperationTypeNode, parse } from 'graphql';
import { explorerWarmUps } from './explorer-operations';
import { IdeExample, ideExamples } from './ide-examples';

/** How one operation of the warm-up ended: `ok` when it was answered, else its errors' codes. */
export interface WarmUpStep {
  name: string;
  ms: number;
  outcome: string;
}

export interface WarmUpReport {
  steps: WarmUpStep[];
  ms: number;
}

/** What the service warms up with: the IDE's example tabs, then the explorer's operations. */
export function warmUpOperations(schema: GraphQLSchema): IdeExample[] {
  return [...ideExamples(schema), ...explorerWarmUps()];
}

/** Answers one operation in-process, as the service answers a request; resolves to its errors' codes (none: answered). */
export type RunOperation = (operation: IdeExample) => Promise<string[]>;

/**
 * Runs each query of `operations` once, one after the other, through `run`, and reports how each
 * ended. What it is for: Neo4j plans a statement the first time it sees it, and on a fresh start
 * that takes seconds for the service's larger statements (the first `supportGaps` after a start
 * took 3.9–5.4 s here, against a 5 s request budget). A plan, once made, serves every later run of
 * the statement whatever its parameters' values, whoever the caller and whatever its scope
 * (`$scope` is one map parameter), so the analysts' first requests find their statements planned.
 * Mutations are skipped: the warm-up never writes. Never throws: an operation that fails (its
 * ids absent from this graph, its time run out) has still had its statements planned up to the
 * failure, and the next one runs.
 */
export async function warmUp(operations: readonly IdeExample[], run: RunOperation): Promise<WarmUpReport> {
  const started = performance.now();
  const steps: WarmUpStep[] = [];
  // One at a time: running them two or five at once did not finish sooner here (11.5–11.8 s on a
  // fresh JVM, however many at once), and one at a time leaves the other core to early requests.
  for (const operation of operations.filter(isQuery)) {
    const begun = performance.now();
    const codes = await run(operation).catch(() => ['INTERNAL_SERVER_ERROR']);
    steps.push({ name: operation.name, ms: Math.round(performance.now() - begun), outcome: codes.length ? [...new Set(codes)].join(',') : 'ok' });
  }
  return { steps, ms: Math.round(performance.now() - started) };
}

function isQuery(operation: IdeExample): boolean {
  try {
    return getOperationAST(parse(operation.query), operation.name)?.operation === OperationTypeNode.QUERY;
  } catch {
    return false;
  }
}
