import { randomUUID } from 'node:crypto';
import { Caller, Scope, scopeOf } from './auth/caller';
import type { Neo4jExecutor, RequestReads } from './graph/executor';
import { createRepositories, Repositories } from './graph/repositories';
import { RequestMoment } from './graph/request-moment';
import { createLoaders, Loaders } from './loaders/create-loaders';
import { ChangeService } from './schema/change/change.service';
import { Pager } from './schema/common/pager';
import { ContactService } from './schema/contact/contact.service';
import { CustomerService } from './schema/customer/customer.service';
import { NodeService } from './schema/node/node.service';
import { OfferService } from './schema/offer/offer.service';
import { OutageImpactService } from './schema/outage/outage-impact.service';
import { PartnerService } from './schema/partner/partner.service';
import { PublisherService } from './schema/publisher/publisher.service';
import { SearchService } from './schema/search/search.service';
import { SubscriptionService } from './schema/subscription/subscription.service';
import { SupportGapsService } from './schema/support-gaps/support-gaps.service';
import { SupportMatrixService } from './schema/support-matrix/support-matrix.service';
import { SupportPathService } from './schema/support-path/support-path.service';
import { WriteService } from './schema/write/write.service';

/** What every resolver receives: the request id, its moment, the caller and its scope, this request's loaders and services. */
export interface Context {
  requestId: string;
  /**
   * The request's moment: "now" for every statement and rule of this request (one clock). A
   * mutation's answer is read at the moment its write took effect (src/graph/request-moment.ts).
   */
  at: Date;
  caller: Caller;
  scope: Scope;
  loaders: Loaders;
  services: Services;
  /** The request's shared read transaction: started and closed by requestTransactionPlugin (src/plugins/). */
  reads: RequestReads;
}

export type Services = ReturnType<typeof createServices>;

function createServices(repos: Repositories, loaders: Loaders, options: ContextOptions, caller: Caller, moment: RequestMoment) {
  const at = moment.at;
  const contacts = new ContactService(loaders);
  const nodes = new NodeService(loaders);
  const pager = new Pager(options.maxPageSize);
  return {
    changes: new ChangeService(repos, pager),
    contacts,
    nodes,
    customers: new CustomerService(repos, loaders, pager),
    partners: new PartnerService(repos, loaders, pager),
    publishers: new PublisherService(repos, loaders, pager),
    offers: new OfferService(repos, loaders, pager),
    subscriptions: new SubscriptionService(repos, pager),
    search: new SearchService(repos, pager),
    supportMatrix: new SupportMatrixService(repos),
    supportGaps: new SupportGapsService(repos, nodes, pager),
    outageImpact: new OutageImpactService(repos, pager),
    supportPath: new SupportPathService(repos, loaders, at),
    writes: new WriteService(repos, caller, at, (written) => moment.advanceTo(written)),
  };
}

export interface ContextOptions {
  maxPageSize: number;
  /** Neo4j transaction timeout of this request's transactions (ms; none when absent or 0). */
  queryTimeoutMs?: number;
  /** Aborted when the client goes away: the request's transactions stop. */
  signal?: AbortSignal;
}

/**
 * Builds a fresh context for one request. Its repositories run every statement with the caller's
 * `$scope` (tenant scoping lives in the Cypher) and the request's moment `$at`, and its reads can
 * share one transaction (`reads`: the caller of this function, or requestTransactionPlugin, must
 * close it); its loaders are new (they cache), and its services are bound to both.
 */
export function createContext(
  db: Neo4jExecutor,
  options: ContextOptions,
  caller: Caller,
  requestId: string = randomUUID(),
  at: Date = new Date(),
): Context {
  const scope = scopeOf(caller);
  const moment = new RequestMoment(at);
  const { db: requestDb, reads } = db
    .forRequest({ scope, at: moment })
    .withLimits({ timeoutMs: options.queryTimeoutMs, signal: options.signal })
    .withRequestTransaction();
  const repos = createRepositories(requestDb);
  const loaders = createLoaders(repos);
  return { requestId, at, caller, scope, loaders, services: createServices(repos, loaders, options, caller, moment), reads };
}
