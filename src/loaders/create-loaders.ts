import DataLoader from 'dataloader';
import type { Repositories } from '../graph/repositories';
import type { MatrixVersioned, PathPartiesRead } from '../graph/repositories/support-path.repository';
import type {
  CustomerRecord,
  GraphTypeName,
  OfferRecord,
  OfferWithPublisher,
  OwnerContacts,
  PartnerRecord,
  PublisherRecord,
  ResourceRecord,
  SubscriptionRecord,
  SubscriptionsWithOffers,
  SupportContactRecord,
  SupportRuleKey,
  SupportRuleRecord,
} from '../graph/records';
import { manyByKey, oneByKey } from './key-order';
import { pageLoader } from './page-loader';

export type Loaders = ReturnType<typeof createLoaders>;

const pathPartiesKey = (k: { subscriptionId: string; at: Date }) => `${k.subscriptionId}@${k.at.toISOString()}`;

/**
 * The per-request DataLoaders, one per way of looking data up. Each batch is one Cypher round
 * trip that UNWINDs its keys. Create a fresh set for every request: loaders cache.
 *
 * What only decorates a record comes with it: a partner's or publisher's contacts, an offer's
 * publisher and contacts, a customer's subscriptions' offers, every party's contacts on a support
 * path are read by the statement that reads the record, and primed into `contactsByOwner`,
 * `publisher` and `offer`, so asking for them costs no statement of its own (`contactsByOwner`
 * still answers owners read without them).
 */
export function createLoaders(repos: Repositories) {
  const contactsByOwner = new DataLoader<string, SupportContactRecord[]>(async (ids) =>
    manyByKey(ids, await repos.contacts.findByOwnerIds(ids), (row) => row.ownerId, (row) => row.contact),
  );
  const primeContacts = (owners: readonly OwnerContacts[]) => {
    for (const { ownerId, contacts } of owners) contactsByOwner.prime(ownerId, contacts);
  };
  const publisher = new DataLoader<string, PublisherRecord | null>(async (ids) => {
    const rows = await repos.publishers.findWithContactsByIds(ids);
    primeContacts(rows.map((r) => ({ ownerId: r.record.id, contacts: r.contacts })));
    return oneByKey(ids, rows.map((r) => r.record), (p) => p.id);
  });
  /** Primes an offer read with its publisher and both their contacts (a no-op for keys already loading). */
  const primeOffer = ({ offer: o, publisher: pub }: OfferWithPublisher) => {
    offer.prime(o.record.id, o.record);
    publisher.prime(pub.record.id, pub.record);
    primeContacts([
      { ownerId: o.record.id, contacts: o.contacts },
      { ownerId: pub.record.id, contacts: pub.contacts },
    ]);
  };
  const offer = new DataLoader<string, OfferRecord | null>(async (ids) => {
    const rows = await repos.offers.findWithPublishersByIds(ids);
    rows.forEach(primeOffer);
    return oneByKey(ids, rows.map((r) => r.offer.record), (o) => o.id);
  });
  /** Each of these customers' subscriptions, in key order, from a read of them; their offers primed. */
  const heldBy = (customerIds: readonly string[], { subscriptions, offers }: SubscriptionsWithOffers) => {
    offers.forEach(primeOffer);
    return manyByKey(customerIds, subscriptions, (s) => s.customerId);
  };
  // A customer's subscriptions come with their offers (primed): the browse customers →
  // subscriptions → offer → publisher → contacts reads its last three levels in one statement.
  const subscriptionsByCustomer = new DataLoader<string, SubscriptionRecord[]>(async (ids) => heldBy(ids, await repos.subscriptions.findByCustomerIds(ids)));
  /** Primes the subscriptions of these customers, read with them: each gets its list ([] for one that holds none). */
  const primeSubscriptionsByCustomer = (customerIds: readonly string[], held: SubscriptionsWithOffers) => {
    heldBy(customerIds, held).forEach((subscriptions, i) => subscriptionsByCustomer.prime(customerIds[i], subscriptions));
  };
  return {
    customer: new DataLoader<string, CustomerRecord | null>(async (ids) =>
      oneByKey(ids, await repos.customers.findByIds(ids), (c) => c.id),
    ),
    partner: new DataLoader<string, PartnerRecord | null>(async (ids) => {
      const rows = await repos.partners.findWithContactsByIds(ids);
      primeContacts(rows.map((r) => ({ ownerId: r.record.id, contacts: r.contacts })));
      return oneByKey(ids, rows.map((r) => r.record), (p) => p.id);
    }),
    publisher,
    offer,
    subscription: new DataLoader<string, SubscriptionRecord | null>(async (ids) =>
      oneByKey(ids, await repos.subscriptions.findByIds(ids), (s) => s.id),
    ),
    contact: new DataLoader<string, SupportContactRecord | null>(async (ids) =>
      oneByKey(ids, await repos.contacts.findByIds(ids), (c) => c.id),
    ),
    nodeType: new DataLoader<string, GraphTypeName | null>(async (ids) =>
      oneByKey(ids, await repos.nodes.findTypesByIds(ids), (row) => row.id).map((row) => row?.type ?? null),
    ),
    subscriptionsByCustomer,
    offersByPublisher: new DataLoader<string, OfferRecord[]>(async (ids) =>
      manyByKey(ids, await repos.offers.findByPublisherIds(ids), (o) => o.publisherId),
    ),
    resourcesByOffer: new DataLoader<string, ResourceRecord[]>(async (ids) =>
      manyByKey(ids, await repos.offers.findResourcesByOfferIds(ids), (r) => r.offerId),
    ),
    contactsByOwner,
    // Keyed by rule and the matrix version read with the path: answered from the process's copy
    // of the matrix while it is at that version.
    supportRule: new DataLoader<SupportRuleKey & MatrixVersioned, SupportRuleRecord, string>(
      async (keys) => {
        const found = new Map<string, SupportRuleRecord>();
        for (const version of new Set(keys.map((k) => k.matrixVersion))) {
          const rules = await repos.supportMatrix.findRulesAt(keys.filter((k) => k.matrixVersion === version), version);
          for (const rule of rules) found.set(`${rule.offerCategory}:${rule.issueType}@${version}`, rule);
        }
        return keys.map((k) => found.get(`${k.offerCategory}:${k.issueType}@${k.matrixVersion}`)!);
      },
      { cacheKeyFn: (key) => `${key.offerCategory}:${key.issueType}@${key.matrixVersion}` },
    ),
    // Keyed by subscription and moment; one round trip per distinct moment in the batch.
    // The parties come with every party's contacts, primed into contactsByOwner.
    pathParties: new DataLoader<{ subscriptionId: string; at: Date }, PathPartiesRead | null, string>(
      async (keys) => {
        const found = new Map<string, PathPartiesRead>();
        const moments = new Map(keys.map((k) => [k.at.toISOString(), k.at]));
        for (const [iso, at] of moments) {
          const ids = keys.filter((k) => k.at.toISOString() === iso).map((k) => k.subscriptionId);
          for (const row of await repos.supportPath.findPathParties(ids, at)) {
            primeContacts(row.contacts);
            found.set(`${row.subscriptionId}@${iso}`, row);
          }
        }
        return keys.map((k) => found.get(pathPartiesKey(k)) ?? null);
      },
      { cacheKeyFn: pathPartiesKey },
    ),
    // One page of children per parent, for the connection fields on nodes.
    /** Primes what a statement read beside its own answer: the contacts of these owners. */
    primeContacts,
    primeSubscriptionsByCustomer,
    customersPageByPartner: pageLoader((ids, window) => repos.customers.pageByPartnerIds(ids, window)),
    resellersPageByProvider: pageLoader((ids, window) => repos.partners.pageResellersByProviderIds(ids, window)),
    providersPageByReseller: pageLoader((ids, window) => repos.partners.pageProvidersByResellerIds(ids, window)),
    offersPageByPublisher: pageLoader((ids, window) => repos.offers.pageByPublisherIds(ids, window)),
    subscriptionsPageByCustomer: pageLoader((ids, window) => repos.subscriptions.pageByCustomerIds(ids, window)),
    subscriptionsPageByOffer: pageLoader((ids, window) => repos.subscriptions.pageByOfferIds(ids, window)),
  };
}
