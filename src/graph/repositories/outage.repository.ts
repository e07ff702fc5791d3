import type { SubscriptionLink } from '../../domain/outage';
import type { Neo4jExecutor } from '../executor';
import type { OfferRecord, Page, PartnerRecord, PublisherRecord } from '../records';
import { toOutagePartner, toOutageScope } from '../mappers';
import { readPage } from './paging';

/** What an outage reaches; `publisher` is null when neither the publisher nor the offer exists. */
export interface OutageScopeRecord {
  publisher: PublisherRecord | null;
  /** The offer named, or every offer of the publisher named; ordered by id. */
  offers: OfferRecord[];
  customerCount: number;
  subscriptionCount: number;
}

export interface OutagePartnerRecord {
  partner: PartnerRecord;
  links: SubscriptionLink[];
  affectedCustomerCount: number;
  affectedSubscriptionCount: number;
}

/** The impact-ordered key of the last partner of the previous page. */
export interface OutagePartnerKey {
  customerCount: number;
  subscriptionCount: number;
  partnerId: string;
}

export class OutageRepository {
  constructor(private readonly db: Neo4jExecutor) {}

  /** The publisher, offers and counts an outage of a publisher (all its offers) or of one offer reaches. */
  async findScope(target: { publisherId: string | null; offerId: string | null }): Promise<OutageScopeRecord> {
    const [row] = await this.db.read('outage/find-outage-scope', target);
    return toOutageScope(row);
  }

  /**
   * Up to `limit` partners linked to subscriptions of these offers, most customers first, then
   * most subscriptions, then by id, strictly after `after`; and how many there are.
   */
  pagePartners(offerIds: readonly string[], after: OutagePartnerKey | null, limit: number): Promise<Page<OutagePartnerRecord>> {
    return readPage(this.db, 'outage/page-outage-partners', { offerIds, after, limit }, toOutagePartner);
  }
}
