import type { SupportContactRecord } from '../../graph/records';
import type { Loaders } from '../../loaders/create-loaders';

/** Which contacts stand for a party; the one place that decides between offer and publisher contacts. */
export class ContactService {
  constructor(private readonly loaders: Loaders) {}

  /** A partner's or publisher's own contacts, ordered by kind then id. */
  ofParty(partyId: string): Promise<SupportContactRecord[]> {
    return this.loaders.contactsByOwner.load(partyId);
  }

  /**
   * An offer's contacts as its details page lists them: the offer's own contacts, and for each
   * kind the offer has none of, the publisher's contacts of that kind. Ordered by kind then id.
   */
  async ofOffer(offerId: string, publisherId: string): Promise<SupportContactRecord[]> {
    const [own, publisher] = await Promise.all([
      this.loaders.contactsByOwner.load(offerId),
      this.loaders.contactsByOwner.load(publisherId),
    ]);
    const ownKinds = new Set(own.map((c) => c.kind));
    return [...own, ...publisher.filter((c) => !ownKinds.has(c.kind))].sort(
      (a, b) => a.kind.localeCompare(b.kind) || a.id.localeCompare(b.id),
    );
  }
}
