import type { ApolloServerPlugin } from '@apollo/server';
import { ErrorCode } from '../errors/error-code';

/** Seconds a client is asked to wait before retrying while the database is unavailable. */
export const RETRY_AFTER_SECONDS = 5;

/**
 * A response that carries a SERVICE_UNAVAILABLE error gets a `Retry-After` header; a client that
 * accepts `application/graphql-response+json` (GraphQL over HTTP) also gets HTTP 503, while a
 * plain `application/json` client keeps the 200 that media type requires.
 */
export function serviceUnavailablePlugin<TContext extends object>(): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ request, response }) {
          if (response.body.kind !== 'single') return;
          const unavailable = response.body.singleResult.errors?.some((e) => e.extensions?.code === ErrorCode.SERVICE_UNAVAILABLE);
          if (!unavailable) return;
          response.http.headers.set('retry-after', String(RETRY_AFTER_SECONDS));
          if (request.http?.headers.get('accept')?.includes('application/graphql-response+json')) response.http.status = 503;
        },
      };
    },
  };
}
