import type { Neo4jExecutor } from '../executor';
import { Row, toContact, toContacts } from '../mappers';
import type { SupportContactRecord } from '../records';

export class ContactRepository {
  constructor(private readonly db: Neo4jExecutor) {}

  /** The contacts of these partners, publishers or offers, ordered by kind then id per owner. */
  async findByOwnerIds(ids: readonly string[]): Promise<Array<{ ownerId: string; contact: SupportContactRecord }>> {
    const rows = await this.db.read('unscoped/contact/find-contacts-by-owner-ids', { ids });
    return rows.flatMap((r) => toContacts(r.contacts).map((contact) => ({ ownerId: r.ownerId as string, contact })));
  }

  /** Contacts with these ids, in no particular order; unknown ids are absent. */
  async findByIds(ids: readonly string[]): Promise<SupportContactRecord[]> {
    return (await this.db.read('contact/find-contacts-by-ids', { ids })).map((r) => toContact(r.contact as Row));
  }
}
