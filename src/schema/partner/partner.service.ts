import type { Repositories } from '../../graph/repositories';
import type { CustomerRecord, PartnerRecord } from '../../graph/records';
import type { Loaders } from '../../loaders/create-loaders';
import type { Connection, PageArgs } from '../common/connection';
import type { Pager } from '../common/pager';
import type { PartnerFilter } from './partner-filter.input';

export class PartnerService {
  constructor(
    private readonly repos: Repositories,
    private readonly loaders: Loaders,
    private readonly pager: Pager,
  ) {}

  /** A page of the partners matching `filter` (all when empty), ordered by id. */
  page(args: PageArgs, filter: PartnerFilter = {}): Promise<Connection<PartnerRecord>> {
    const query = { nameContains: filter.nameContains ?? null, kind: filter.kind ?? null };
    return this.pager.list('Query.partners', args, (window) => this.repos.partners.page(query, window));
  }

  /** A page of the customers a partner serves (it sold or supplied one of their subscriptions), by id. */
  customers(partnerId: string, args: PageArgs): Promise<Connection<CustomerRecord>> {
    return this.pager.children('Partner.customers', this.loaders.customersPageByPartner, partnerId, args);
  }

  /** A page of the resellers that buy through a provider, by id (empty for other kinds). */
  resellers(providerId: string, args: PageArgs): Promise<Connection<PartnerRecord>> {
    return this.pager.children('Partner.resellers', this.loaders.resellersPageByProvider, providerId, args);
  }

  /** A page of the providers a reseller buys through, by id (empty for other kinds). */
  providers(resellerId: string, args: PageArgs): Promise<Connection<PartnerRecord>> {
    return this.pager.children('Partner.providers', this.loaders.providersPageByReseller, resellerId, args);
  }
}
