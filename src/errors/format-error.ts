import { ApolloServerErrorCode, ApolloServerValidationErrorCode, unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import { ErrorCode } from './error-code';

/** The codes whose messages were written for callers: ours, and Apollo's for malformed requests; anything else is masked. */
const PUBLIC_CODES = new Set<string>(
  [...Object.values(ErrorCode), ...Object.values(ApolloServerErrorCode), ...Object.values(ApolloServerValidationErrorCode)].filter((c) => c !== ErrorCode.INTERNAL_SERVER_ERROR),
);

export interface ErrorLogger {
  error(message: string, details: Record<string, unknown>): void;
}

/**
 * Builds Apollo's `formatError`: errors with a public code pass through without their stack;
 * everything else becomes INTERNAL_SERVER_ERROR with a generic message and an `errorId` that
 * the log ties to the full error. This function never throws.
 */
export function createErrorFormatter(logger: ErrorLogger, newErrorId: () => string) {
  return (formatted: GraphQLFormattedError, original: unknown): GraphQLFormattedError => {
    const code = String(formatted.extensions?.code ?? '');
    const { stacktrace: _stack, ...extensions } = formatted.extensions ?? {};
    if (PUBLIC_CODES.has(code)) {
      return { ...formatted, extensions };
    }
    const errorId = newErrorId();
    const cause = unwrapResolverError(original);
    logger.error('unexpected error', {
      errorId,
      path: formatted.path,
      error: cause instanceof Error ? { name: cause.name, message: cause.message, stack: cause.stack } : String(cause),
    });
    return {
      message: 'Internal server error',
      path: formatted.path,
      locations: formatted.locations,
      extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR, errorId },
    };
  };
}
