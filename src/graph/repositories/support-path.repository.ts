import type { Neo4jExecutor } from '../executor';
import type { CustomerRecord, OfferRecord, PartnerRecord, PublisherRecord } from '../records';

export interface SubscriptionCandidates {
  customerFound: boolean;
  offerFound: boolean;
  /** Ordered by id. */
  subscriptionIds: string[];
}

/** The customer and offer of one subscription, and every party a support step can bind to. */
export interface PathParties {
  subscriptionId: string;
  customer: CustomerRecord;
  offer: Omit<OfferRecord, 'publisherId'>;
  publisher: PublisherRecord;
  partnerOfRecord: PartnerRecord;
  indirectProvider: PartnerRecord | null;
  /** The reseller Partner Center names as the subscription's support contact, if any. */
  designatedSupport: PartnerRecord | null;
  /** Null only when the graph has no Microsoft publisher node. */
  microsoft: PublisherRecord | null;
}

export class SupportPathRepository {
  constructor(private readonly db: Neo4jExecutor) {}

  /** Whether customer and offer exist, and the customer's subscriptions to the offer. */
  async findSubscriptionCandidates(customerId: string, offerId: string, subscriptionId: string | null): Promise<SubscriptionCandidates> {
    const [row] = await this.db.read<SubscriptionCandidates>('support-path/find-subscription-candidates', {
      customerId,
      offerId,
      subscriptionId,
    });
    return row;
  }

  /** The parties of each of these subscriptions, in no particular order; unknown ids are absent. */
  findPathParties(subscriptionIds: readonly string[]): Promise<PathParties[]> {
    return this.db.read<PathParties>('support-path/find-path-parties', { subscriptionIds });
  }
}
