import { randomUUID } from 'node:crypto';
import { Caller, Scope, scopeOf } from './auth/caller';
import type { Repositories } from './graph/repositories';
import { createLoaders, Loaders } from './loaders/create-loaders';
import { ContactService } from './schema/contact/contact.service';
import { CustomerService } from './schema/customer/customer.service';
import { SupportPathService } from './schema/support-path/support-path.service';

/** What every resolver receives: the request id, the caller and its scope, this request's loaders and services. */
export interface Context {
  requestId: string;
  caller: Caller;
  scope: Scope;
  loaders: Loaders;
  services: Services;
}

export type Services = ReturnType<typeof createServices>;

function createServices(repos: Repositories, loaders: Loaders, scope: Scope, options: ContextOptions) {
  const contacts = new ContactService(loaders);
  return {
    contacts,
    customers: new CustomerService(repos, scope, options.maxPageSize),
    supportPath: new SupportPathService(repos, loaders, contacts, scope),
  };
}

export interface ContextOptions {
  maxPageSize: number;
}

/** Builds a fresh context for one request: new loaders (they cache), services bound to them. */
export function createContext(repos: Repositories, options: ContextOptions, caller: Caller, requestId: string = randomUUID()): Context {
  const scope = scopeOf(caller);
  const loaders = createLoaders(repos, scope);
  return { requestId, caller, scope, loaders, services: createServices(repos, loaders, scope, options) };
}
