import { Neo4jError } from 'neo4j-driver';
import { DomainError } from '../../src/errors/domain-errors';
import { translateNeo4jError } from '../../src/graph/executor';

const neo4jError = (code: string) => new Neo4jError(`failed: ${code}`, code, '50N42', 'error: general processing exception');
const codeOf = (error: unknown) => (error instanceof DomainError ? error.extensions.code : 'unchanged');

describe('what a caller sees of a Neo4j error', () => {
  test.each([
    // Transient errors the driver's retries did not get past: the same request may succeed later.
    ['Neo.TransientError.Transaction.DeadlockDetected', 'SERVICE_UNAVAILABLE'],
    ['Neo.TransientError.Transaction.LockClientStopped', 'SERVICE_UNAVAILABLE'],
    ['Neo.TransientError.Transaction.Terminated', 'SERVICE_UNAVAILABLE'],
    ['Neo.TransientError.General.DatabaseUnavailable', 'SERVICE_UNAVAILABLE'],
    ['ServiceUnavailable', 'SERVICE_UNAVAILABLE'],
    ['SessionExpired', 'SERVICE_UNAVAILABLE'],
    // Errors that say what happened.
    ['Neo.ClientError.Schema.ConstraintValidationFailed', 'BAD_USER_INPUT'],
    ['Neo.ClientError.Transaction.TransactionTimedOut', 'QUERY_TIMEOUT'],
    ['Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration', 'QUERY_TIMEOUT'],
    // A fault of the service's own (a statement Neo4j refuses): left as it is, to be masked and logged.
    ['Neo.ClientError.Statement.SyntaxError', 'unchanged'],
    ['Neo.DatabaseError.General.UnknownError', 'unchanged'],
  ])('%s → %s', (code, expected) => {
    expect(codeOf(translateNeo4jError(neo4jError(code)))).toBe(expected);
  });

  test('an error that is not Neo4j’s is left as it is', () => {
    const error = new TypeError('boom');
    expect(translateNeo4jError(error)).toBe(error);
  });
});
