import type { Neo4jExecutor } from '../executor';
import type { CustomerRecord, OfferRecord, PartnerRecord, PublisherRecord } from '../records';
import { toPathParties } from '../mappers';

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
  offer: OfferRecord;
  publisher: PublisherRecord;
  partnerOfRecord: PartnerRecord;
  indirectProvider: PartnerRecord | null;
  /** The reseller Partner Center names as the subscription's support contact, if any. */
  designatedSupport: PartnerRecord | null;
  /** Null only when the graph has no Microsoft publisher node. */
  microsoft: PublisherRecord | null;
}

/** The support matrix's version when the path was read (null before the matrix was first written). */
export interface MatrixVersioned {
  matrixVersion: number | null;
}

/** When the subscription began and ended (null while it runs). */
export interface SubscriptionPeriod {
  startedAt: string;
  endedAt: string | null;
}

export class SupportPathRepository {
  constructor(private readonly db: Neo4jExecutor) {}

  /** Whether customer and offer exist, and the customer's subscriptions to the offer held at `at`. */
  async findSubscriptionCandidates(customerId: string, offerId: string, subscriptionId: string | null, at: Date): Promise<SubscriptionCandidates> {
    const [row] = await this.db.read<SubscriptionCandidates>('support-path/find-subscription-candidates', {
      customerId,
      offerId,
      subscriptionId,
      at,
    });
    return row;
  }

  /**
   * The parties of each of these subscriptions as of `at`, in no particular order; a subscription
   * unknown, not held at `at`, or not visible to the caller then is absent.
   */
  async findPathParties(subscriptionIds: readonly string[], at: Date): Promise<Array<PathParties & SubscriptionPeriod & MatrixVersioned>> {
    return (await this.db.read('support-path/find-path-parties', { subscriptionIds, at })).map(toPathParties);
  }
}
