import { partnerKindsOf } from '../../domain/sales-model';
import type { Repositories } from '../../graph/repositories';
import type { SubscriptionRecord } from '../../graph/records';
import type { Connection, PageArgs } from '../common/connection';
import type { Pager } from '../common/pager';
import type { SubscriptionFilter } from './subscription-filter.input';

export class SubscriptionService {
  constructor(
    private readonly repos: Repositories,
    private readonly pager: Pager,
  ) {}

  /** A page of the subscriptions matching `filter` (all when empty), ordered by id. */
  page(args: PageArgs, filter: SubscriptionFilter = {}): Promise<Connection<SubscriptionRecord>> {
    const query = {
      customerId: filter.customerId ?? null,
      offerId: filter.offerId ?? null,
      publisherId: filter.publisherId ?? null,
      servedByPartnerId: filter.servedByPartnerId ?? null,
      partnerKinds: filter.salesModel ? partnerKindsOf(filter.salesModel) : null,
      category: filter.offerCategory ?? null,
    };
    return this.pager.list('Query.subscriptions', args, (window) => this.repos.subscriptions.page(query, window));
  }
}
