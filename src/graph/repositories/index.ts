import type { Neo4jExecutor } from '../executor';
import { GraphWriter } from '../writes/graph-writer';
import { ChangeRepository } from './change.repository';
import { ContactRepository } from './contact.repository';
import { CustomerRepository } from './customer.repository';
import { NodeRepository } from './node.repository';
import { OfferRepository } from './offer.repository';
import { OutageRepository } from './outage.repository';
import { PartnerRepository } from './partner.repository';
import { PublisherRepository } from './publisher.repository';
import { SearchRepository } from './search.repository';
import { SubscriptionRepository } from './subscription.repository';
import { SupportGapsRepository } from './support-gaps.repository';
import { SupportMatrixRepository } from './support-matrix.repository';
import { SupportPathRepository } from './support-path.repository';
import { WriteOwnersRepository } from './write-owners.repository';

export type Repositories = ReturnType<typeof createRepositories>;

/** One instance of each repository over the executor (per request: the executor carries the caller's scope). */
export function createRepositories(db: Neo4jExecutor) {
  return {
    changes: new ChangeRepository(db),
    contacts: new ContactRepository(db),
    customers: new CustomerRepository(db),
    nodes: new NodeRepository(db),
    offers: new OfferRepository(db),
    outage: new OutageRepository(db),
    partners: new PartnerRepository(db),
    publishers: new PublisherRepository(db),
    search: new SearchRepository(db),
    subscriptions: new SubscriptionRepository(db),
    supportGaps: new SupportGapsRepository(db),
    supportMatrix: new SupportMatrixRepository(db),
    supportPath: new SupportPathRepository(db),
    writeOwners: new WriteOwnersRepository(db),
    writer: new GraphWriter(db),
  };
}
