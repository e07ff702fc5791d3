import type { Neo4jExecutor } from '../executor';
import type { SupportContactRecord } from '../records';

export class ContactRepository {
  constructor(private readonly db: Neo4jExecutor) {}

  /** The contacts of these partners, publishers or offers, ordered by kind then id per owner. */
  findByOwnerIds(ids: readonly string[]): Promise<Array<{ ownerId: string; contact: SupportContactRecord }>> {
    return this.db.read('contact/find-contacts-by-owner-ids', { ids });
  }

  /** Contacts with these ids, in no particular order; unknown ids are absent. */
  async findByIds(ids: readonly string[]): Promise<SupportContactRecord[]> {
    const rows = await this.db.read<{ contact: SupportContactRecord }>('contact/find-contacts-by-ids', { ids });
    return rows.map((r) => r.contact);
  }
}
