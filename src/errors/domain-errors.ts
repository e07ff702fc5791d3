import { GraphQLError } from 'graphql';
import { ErrorCode } from './error-code';

/** Base of every error the service raises on purpose; its message is safe to show a caller. */
export class DomainError extends GraphQLError {
  constructor(code: ErrorCode, message: string, extensions: Record<string, unknown> = {}) {
    super(message, { extensions: { ...extensions, code } });
  }
}

/** An entity the caller named does not exist (or is not visible to the caller). */
export class NotFoundError extends DomainError {
  constructor(message: string, extensions: Record<string, unknown> = {}) {
    super(ErrorCode.NOT_FOUND, message, extensions);
  }
}

/** The caller's input cannot be answered as given; `field` names the argument at fault. */
export class BadUserInputError extends DomainError {
  constructor(message: string, extensions: Record<string, unknown> = {}) {
    super(ErrorCode.BAD_USER_INPUT, message, extensions);
  }
}

/** The database cannot be reached; the request may be retried later. */
export class ServiceUnavailableError extends DomainError {
  constructor(message = 'The graph database is unavailable; try again shortly.') {
    super(ErrorCode.SERVICE_UNAVAILABLE, message);
  }
}

/** No valid credentials. The message never says what was wrong with them. HTTP 401. */
export class UnauthenticatedError extends DomainError {
  constructor() {
    super(ErrorCode.UNAUTHENTICATED, 'Authentication required: send a valid Bearer token.', { http: { status: 401 } });
  }
}

/** The caller is known but its role may not do this. */
export class ForbiddenError extends DomainError {
  constructor(message = 'Your role may not do this.') {
    super(ErrorCode.FORBIDDEN, message);
  }
}

/** The operation costs more than the limit (cost computed with the variables' values, before it runs). HTTP 400. */
export class QueryTooCostlyError extends DomainError {
  constructor(cost: number, maxCost: number) {
    super(ErrorCode.QUERY_TOO_COSTLY, `Query cost ${cost} exceeds the limit of ${maxCost}: ask for smaller pages, fewer nested lists or fewer aliases.`, {
      cost,
      maxCost,
      http: { status: 400 },
    });
  }
}

/** A transaction of the request ran past the configured timeout; Neo4j stopped it. */
export class QueryTimeoutError extends DomainError {
  constructor() {
    super(ErrorCode.QUERY_TIMEOUT, 'The query took longer than the time allowed and was stopped: ask for less.');
  }
}

/** The request was cancelled (its client hung up); its transactions were stopped. */
export class QueryCancelledError extends DomainError {
  constructor() {
    super(ErrorCode.QUERY_CANCELLED, 'The request was cancelled.');
  }
}
