import { ApolloServerErrorCode } from '@apollo/server/errors';

/** Every `extensions.code` the service puts on an error (Apollo's own where it has one). Clients may switch on these. */
export enum ErrorCode {
  BAD_USER_INPUT = ApolloServerErrorCode.BAD_USER_INPUT,
  NOT_FOUND = 'NOT_FOUND',
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
  SERVICE_UNAVAILABLE = 'SERVICE_UNAVAILABLE',
  /** The operation's estimated cost (with its variables) is over the limit; refused before it runs. */
  QUERY_TOO_COSTLY = 'QUERY_TOO_COSTLY',
  /** A Neo4j transaction of the request ran past the configured timeout and was stopped. */
  QUERY_TIMEOUT = 'QUERY_TIMEOUT',
  /** The client went away; the request's transactions were stopped (no one reads this answer). */
  QUERY_CANCELLED = 'QUERY_CANCELLED',
  INTERNAL_SERVER_ERROR = ApolloServerErrorCode.INTERNAL_SERVER_ERROR,
}
