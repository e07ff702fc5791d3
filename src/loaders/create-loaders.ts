import DataLoader from 'dataloader';
import type { Scope } from '../auth/caller';
import type { Repositories } from '../graph/repositories';
import type {
  CustomerRecord,
  OfferRecord,
  PartnerRecord,
  PublisherRecord,
  SubscriptionRecord,
  SupportContactRecord,
  SupportRuleKey,
  SupportRuleRecord,
} from '../graph/records';
import { manyByKey, oneByKey } from './key-order';

export type Loaders = ReturnType<typeof createLoaders>;

/**
 * The per-request DataLoaders, one per way of looking data up. Each batch is one Cypher round
 * trip that UNWINDs its keys. Create a fresh set for every request: loaders cache, and every
 * lookup answers only what the caller's `scope` may see (a miss looks exactly like a missing id).
 */
export function createLoaders(repos: Repositories, scope: Scope) {
  return {
    customer: new DataLoader<string, CustomerRecord | null>(async (ids) =>
      oneByKey(ids, await repos.customers.findByIds(ids, scope), (c) => c.id),
    ),
    partner: new DataLoader<string, PartnerRecord | null>(async (ids) =>
      oneByKey(ids, await repos.partners.findByIds(ids, scope), (p) => p.id),
    ),
    publisher: new DataLoader<string, PublisherRecord | null>(async (ids) =>
      oneByKey(ids, await repos.publishers.findByIds(ids, scope), (p) => p.id),
    ),
    offer: new DataLoader<string, OfferRecord | null>(async (ids) =>
      oneByKey(ids, await repos.offers.findByIds(ids, scope), (o) => o.id),
    ),
    subscription: new DataLoader<string, SubscriptionRecord | null>(async (ids) =>
      oneByKey(ids, await repos.subscriptions.findByIds(ids, scope), (s) => s.id),
    ),
    subscriptionsByCustomer: new DataLoader<string, SubscriptionRecord[]>(async (ids) =>
      manyByKey(ids, await repos.subscriptions.findByCustomerIds(ids, scope), (s) => s.customerId),
    ),
    offersByPublisher: new DataLoader<string, OfferRecord[]>(async (ids) =>
      manyByKey(ids, await repos.offers.findByPublisherIds(ids, scope), (o) => o.publisherId),
    ),
    contactsByOwner: new DataLoader<string, SupportContactRecord[]>(async (ids) =>
      manyByKey(ids, await repos.contacts.findByOwnerIds(ids), (row) => row.ownerId, (row) => row.contact),
    ),
    supportRule: new DataLoader<SupportRuleKey, SupportRuleRecord, string>(
      async (keys) => repos.supportMatrix.findRules(keys),
      { cacheKeyFn: (key) => `${key.offerCategory}:${key.issueType}` },
    ),
  };
}
