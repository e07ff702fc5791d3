import type { Neo4jExecutor } from '../executor';
import type { CustomerRecord, OfferRecord, PartnerRecord, PublisherRecord } from '../records';
import { isoFromMillis } from './subscription.repository';

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

/** When the subscription began and ended (null while it runs). */
export interface SubscriptionPeriod {
  startedAt: string;
  endedAt: string | null;
}

export class SupportPathRepository {
  constructor(private readonly db: Neo4jExecutor) {}

  /** Whether customer and offer exist, and the customer's subscriptions to the offer held at `at`. */
  async findSubscriptionCandidates(customerId: string, offerId: string, subscriptionId: string | null, at: string): Promise<SubscriptionCandidates> {
    const [row] = await this.db.read<SubscriptionCandidates>('support-path/find-subscription-candidates', {
      customerId,
      offerId,
      subscriptionId,
      at,
    });
    return row;
  }

  /** The parties of one subscription as of `at`, or null if it was not held then. */
  async findPathParties(subscriptionId: string, at: string): Promise<(PathParties & SubscriptionPeriod) | null> {
    const [row] = await this.db.read<PathParties & { startedAt: number; endedAt: number | null }>('support-path/find-path-parties', { subscriptionId, at });
    if (!row) return null;
    return { ...row, startedAt: isoFromMillis(row.startedAt), endedAt: row.endedAt === null ? null : isoFromMillis(row.endedAt) };
  }
}
