import type { PartnerKind } from '../../domain/enums';
import type { Neo4jExecutor } from '../executor';
import type { Page, ParentPage, PartnerRecord, WithContacts } from '../records';
import { Row, toContacts, toPartner } from '../mappers';
import { PageWindow, readPage, readParentPages } from './paging';

/** Filters of the partner list; null leaves a filter out. */
export interface PartnerQuery {
  nameContains: string | null;
  kind: PartnerKind | null;
}

export class PartnerRepository {
  constructor(private readonly db: Neo4jExecutor) {}

  /** Partners with these ids (visible at `at`, default the request's moment), in no particular order; unknown ids are absent. */
  async findByIds(ids: readonly string[], at?: Date): Promise<PartnerRecord[]> {
    const params = at ? { ids, at } : { ids };
    return (await this.db.read('partner/find-partners-by-ids', params)).map((r) => toPartner(r.partner as Row));
  }

  /** Partners with these ids, each with its contacts; in no particular order, unknown ids absent. */
  async findWithContactsByIds(ids: readonly string[]): Promise<Array<WithContacts<PartnerRecord>>> {
    return (await this.db.read('partner/find-partners-with-contacts-by-ids', { ids })).map((r) => ({
      record: toPartner(r.partner as Row),
      contacts: toContacts(r.contacts),
    }));
  }

  /** Up to `limit` matching partners ordered by id, after `afterId` when given, and how many match. */
  page(query: PartnerQuery, { afterId, limit }: PageWindow): Promise<Page<PartnerRecord>> {
    return readPage(this.db, 'partner/page-partners', { ...query, afterId, limit }, toPartner);
  }

  /** For each provider, one page of the resellers that buy through it, by id. */
  pageResellersByProviderIds(providerIds: readonly string[], { afterId, limit }: PageWindow): Promise<Array<ParentPage<PartnerRecord>>> {
    return readParentPages(this.db, 'partner/page-resellers-by-provider-ids', { providerIds, afterId, limit }, toPartner);
  }

  /** For each reseller, one page of the providers it buys through, by id. */
  pageProvidersByResellerIds(resellerIds: readonly string[], { afterId, limit }: PageWindow): Promise<Array<ParentPage<PartnerRecord>>> {
    return readParentPages(this.db, 'partner/page-providers-by-reseller-ids', { resellerIds, afterId, limit }, toPartner);
  }
}
