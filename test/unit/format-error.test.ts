import { GraphQLError } from 'graphql';
import { createErrorFormatter } from '../../src/errors/format-error';
import { NotFoundError } from '../../src/errors/domain-errors';

const logged: Array<Record<string, unknown>> = [];
const format = createErrorFormatter({ error: (_m, details) => logged.push(details) }, () => 'err-1');

test('a domain error keeps its message and code, loses its stack trace', () => {
  const error = new NotFoundError('No customer with id "x".', { field: 'customerId' });
  expect(format({ message: error.message, extensions: { ...error.extensions, stacktrace: ['at x'] } }, error)).toEqual({
    message: 'No customer with id "x".',
    extensions: { code: 'NOT_FOUND', field: 'customerId' },
  });
});

test('anything else is masked as INTERNAL_SERVER_ERROR with an id the log ties to the cause', () => {
  const cause = new Error('Neo.ClientError.Statement.SyntaxError: MATCH (n) secret cypher');
  const wrapped = new GraphQLError(cause.message, { originalError: cause, path: ['customers'] });
  const out = format({ message: cause.message, path: ['customers'], extensions: { code: 'INTERNAL_SERVER_ERROR' } }, wrapped);
  expect(out).toEqual({ message: 'Internal server error', path: ['customers'], locations: undefined, extensions: { code: 'INTERNAL_SERVER_ERROR', errorId: 'err-1' } });
  expect(JSON.stringify(out)).not.toContain('cypher');
  expect(logged[0]).toMatchObject({ errorId: 'err-1', error: { message: cause.message } });
});
