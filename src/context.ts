import { randomUUID } from 'node:crypto';
import type { Repositories } from './graph/repositories';
import { createLoaders, Loaders } from './loaders/create-loaders';
import { ChangeService } from './schema/change/change.service';
import { ContactService } from './schema/contact/contact.service';
import { CustomerService } from './schema/customer/customer.service';
import { SupportPathService } from './schema/support-path/support-path.service';
import { WriteService } from './schema/write/write.service';

/** Who is calling: the audit records this id with every change. */
export interface Caller {
  id: string;
}

/** The caller of a request that names none (there is no authentication yet). */
export const LOCAL_ANALYST: Caller = { id: 'local-analyst' };

/** What every resolver receives: the request id, the caller, this request's loaders and services. */
export interface Context {
  requestId: string;
  caller: Caller;
  loaders: Loaders;
  services: Services;
}

export type Services = ReturnType<typeof createServices>;

function createServices(repos: Repositories, loaders: Loaders, options: ContextOptions, caller: Caller) {
  const contacts = new ContactService(loaders);
  return {
    changes: new ChangeService(repos, options.maxPageSize),
    contacts,
    customers: new CustomerService(repos, options.maxPageSize),
    supportPath: new SupportPathService(repos, loaders, contacts),
    writes: new WriteService(repos, caller.id),
  };
}

export interface ContextOptions {
  maxPageSize: number;
}

/** Builds a fresh context for one request: new loaders (they cache), services bound to them and to the caller. */
export function createContext(
  repos: Repositories,
  options: ContextOptions,
  requestId: string = randomUUID(),
  caller: Caller = LOCAL_ANALYST,
): Context {
  const loaders = createLoaders(repos);
  return { requestId, caller, loaders, services: createServices(repos, loaders, options, caller) };
}
