import type { Scope } from '../../auth/caller';
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
  customer: CustomerRecord;
  offer: Omit<OfferRecord, 'publisherId'>;
  publisher: PublisherRecord;
  partnerOfRecord: PartnerRecord;
  indirectProvider: PartnerRecord | null;
  /** Null only when the graph has no Microsoft publisher node. */
  microsoft: PublisherRecord | null;
}

export class SupportPathRepository {
  constructor(private readonly db: Neo4jExecutor) {}

  /** Whether customer and offer exist in `scope`, and the customer's subscriptions to the offer visible there. */
  async findSubscriptionCandidates(
    customerId: string,
    offerId: string,
    subscriptionId: string | null,
    scope: Scope,
  ): Promise<SubscriptionCandidates> {
    const [row] = await this.db.read<SubscriptionCandidates>('support-path/find-subscription-candidates', {
      customerId,
      offerId,
      subscriptionId,
      scope,
    });
    return row;
  }

  /** The parties of one subscription, or null if it does not exist. */
  async findPathParties(subscriptionId: string): Promise<PathParties | null> {
    const [row] = await this.db.read<PathParties>('support-path/find-path-parties', { subscriptionId });
    return row ?? null;
  }
}
