import type { Neo4jExecutor } from '../executor';
import type { CustomerRecord, OfferRecord, OwnerContacts, PartnerRecord, PublisherRecord } from '../records';
import { Row, toPathParties } from '../mappers';

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

/** The contacts of the offer and of every party of a path, read with the parties. */
export interface PartyContacts {
  contacts: OwnerContacts[];
}

/** A path's parties as one statement reads them, with their contacts and the matrix version. */
export type PathPartiesRead = PathParties & SubscriptionPeriod & MatrixVersioned & PartyContacts;

/** supportPath's reads in one: the candidates, and the parties of the one candidate when there is exactly one. */
export interface SupportPathRead extends SubscriptionCandidates {
  /** Null unless exactly one subscription is a candidate. */
  parties: PathPartiesRead | null;
}

export class SupportPathRepository {
  constructor(private readonly db: Neo4jExecutor) {}

  /**
   * The parties of each of these subscriptions as of `at`, in no particular order; a subscription
   * unknown, not held at `at`, or not visible to the caller then is absent.
   */
  async findPathParties(subscriptionIds: readonly string[], at: Date): Promise<PathPartiesRead[]> {
    return (await this.db.read('support-path/find-path-parties', { subscriptionIds, at })).map(toPathParties);
  }

  /**
   * In one statement: whether customer and offer exist, the customer's subscriptions to the offer
   * (all, or the one named) held at `at` and visible to the caller, ordered by id; and when there
   * is exactly one, what `findPathParties` answers for it at `at` (null otherwise).
   */
  async findSupportPath(customerId: string, offerId: string, subscriptionId: string | null, at: Date): Promise<SupportPathRead> {
    const [row] = await this.db.read('support-path/find-support-path', { customerId, offerId, subscriptionId, at });
    const parties = row.parties ? toPathParties({ ...(row.parties as Row), matrixVersion: row.matrixVersion }) : null;
    return {
      customerFound: row.customerFound as boolean,
      offerFound: row.offerFound as boolean,
      subscriptionIds: row.subscriptionIds as string[],
      parties,
    };
  }
}
