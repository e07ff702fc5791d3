import { offerContacts } from '../../domain/contacts';
import type { SupportContactRecord } from '../../graph/records';
import type { Loaders } from '../../loaders/create-loaders';

/** Loads the contacts that stand for an offer (which ones: src/domain/contacts.ts). */
export class ContactService {
  constructor(private readonly loaders: Loaders) {}

  /** An offer's contacts as its details page lists them (offerContacts), ordered by kind then id. */
  async ofOffer(offerId: string, publisherId: string): Promise<SupportContactRecord[]> {
    const [own, publisher] = await Promise.all([this.loaders.contactsByOwner.load(offerId), this.loaders.contactsByOwner.load(publisherId)]);
    return offerContacts(own, publisher);
  }
}
