import { randomUUID } from 'node:crypto';
import type { Repositories } from './graph/repositories';
import { createLoaders, Loaders } from './loaders/create-loaders';
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

/** What every resolver receives: the request id, this request's loaders and services. */
export interface Context {
  requestId: string;
  loaders: Loaders;
  services: Services;
}

export type Services = ReturnType<typeof createServices>;

function createServices(repos: Repositories, loaders: Loaders, options: ContextOptions) {
  const contacts = new ContactService(loaders);
  const nodes = new NodeService(loaders);
  const pager = new Pager(options.maxPageSize);
  return {
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
    supportPath: new SupportPathService(repos, loaders, contacts),
  };
}

export interface ContextOptions {
  maxPageSize: number;
}

/** Builds a fresh context for one request: new loaders (they cache), services bound to them. */
export function createContext(repos: Repositories, options: ContextOptions, requestId: string = randomUUID()): Context {
  const loaders = createLoaders(repos);
  return { requestId, loaders, services: createServices(repos, loaders, options) };
}
