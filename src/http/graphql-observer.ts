import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphQLFormattedError } from 'graphql';
import { currentRequestScope } from './request-scope';

type FormatError = (formatted: GraphQLFormattedError, original: unknown) => GraphQLFormattedError;

/**
 * Wraps Apollo's `formatError`: inside an HTTP request, every error also carries the request's id
 * in `extensions.requestId` (the id of its log line and X-Request-Id header), and the first error's
 * code becomes the request's outcome. Errors raised while building the context (authentication)
 * pass through here too, which no plugin hook sees. Outside a request (tests calling Apollo
 * directly) errors are left as they are.
 */
export function withRequestId(format: FormatError): FormatError {
  return (formatted, original) => {
    const result = format(formatted, original);
    const scope = currentRequestScope();
    if (!scope) return result;
    scope.errorCode ??= String(result.extensions?.code ?? 'INTERNAL_SERVER_ERROR');
    return { ...result, extensions: { ...result.extensions, requestId: scope.requestId } };
  };
}

/** Records each request's operation name in its scope: as the request named it, then as Apollo resolved it. */
export function operationNamePlugin<T extends object>(): ApolloServerPlugin<T> {
  return {
    async requestDidStart({ request }) {
      const scope = currentRequestScope();
      if (scope && request.operationName) scope.operationName = request.operationName;
      return {
        async didResolveOperation({ operationName }) {
          if (scope && operationName) scope.operationName = operationName;
        },
      };
    },
  };
}
