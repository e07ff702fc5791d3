import type { Neo4jExecutor } from '../executor';
import { GraphWriter } from '../writes/graph-writer';
import { ChangeRepository } from './change.repository';
import { ContactRepository } from './contact.repository';
import { CustomerRepository } from './customer.repository';
import { OfferRepository } from './offer.repository';
import { PartnerRepository } from './partner.repository';
import { PublisherRepository } from './publisher.repository';
import { SubscriptionRepository } from './subscription.repository';
import { SupportMatrixRepository } from './support-matrix.repository';
import { SupportPathRepository } from './support-path.repository';

export type Repositories = ReturnType<typeof createRepositories>;

/** One instance of each repository over the executor; they hold no per-request state. */
export function createRepositories(db: Neo4jExecutor) {
  return {
    changes: new ChangeRepository(db),
    contacts: new ContactRepository(db),
    customers: new CustomerRepository(db),
    offers: new OfferRepository(db),
    partners: new PartnerRepository(db),
    publishers: new PublisherRepository(db),
    subscriptions: new SubscriptionRepository(db),
    supportMatrix: new SupportMatrixRepository(db),
    supportPath: new SupportPathRepository(db),
    writer: new GraphWriter(db),
  };
}
