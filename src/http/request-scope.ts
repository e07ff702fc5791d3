import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * What the service learns about one HTTP request while answering it: filled in by the HTTP layer
 * (id), the GraphQL context (caller) and the Apollo plugin (operation, error codes), then read
 * once when the response is finished, for the request's log line and its metrics.
 */
export interface RequestScope {
  requestId: string;
  /** The caller's subject (never the token); unset until authentication succeeds. */
  callerId?: string;
  /** The operation's name as resolved by Apollo, or as the request named it. */
  operationName?: string;
  /** The first error's `extensions.code`; unset when the answer had no error. */
  errorCode?: string;
}

const storage = new AsyncLocalStorage<RequestScope>();

/** Runs `fn` with `scope` as the current request's scope (for everything it awaits). */
export function runInRequestScope<T>(scope: RequestScope, fn: () => T): T {
  return storage.run(scope, fn);
}

/** The scope of the request being answered, or undefined outside any request (CLIs, tests, start-up). */
export function currentRequestScope(): RequestScope | undefined {
  return storage.getStore();
}
