import type { Repositories } from '../../graph/repositories';
import type { CustomerRecord, SubscriptionRecord } from '../../graph/records';
import type { Loaders } from '../../loaders/create-loaders';
import type { Connection, PageArgs } from '../common/connection';
import type { Pager } from '../common/pager';
import type { CustomerFilter } from './customer-filter.input';

export class CustomerService {
  constructor(
    private readonly repos: Repositories,
    private readonly loaders: Loaders,
    private readonly pager: Pager,
  ) {}

  /**
   * A page of the customers matching `filter` (all when empty), ordered by id. With
   * `withSubscriptions`, the subscriptions those customers hold are read in the same statement and
   * primed into `subscriptionsByCustomer`, for a query that asks for them. Throws BAD_USER_INPUT for
   * a bad `first` or `after`.
   */
  page(args: PageArgs, filter: CustomerFilter = {}, withSubscriptions = false): Promise<Connection<CustomerRecord>> {
    const query = {
      nameContains: filter.nameContains ?? null,
      servedByPartnerId: filter.servedByPartnerId ?? null,
      publisherId: filter.publisherId ?? null,
    };
    return this.pager.list('Query.customers', args, async (window) => {
      if (!withSubscriptions) return this.repos.customers.page(query, window);
      const { page, held } = await this.repos.customers.pageWithSubscriptions(query, window);
      this.loaders.primeSubscriptionsByCustomer(page.nodes.map((customer) => customer.id), held);
      return page;
    });
  }

  /** A page of one customer's subscriptions, ordered by id (batched across customers). */
  subscriptions(customerId: string, args: PageArgs): Promise<Connection<SubscriptionRecord>> {
    return this.pager.children('Customer.subscriptionsConnection', this.loaders.subscriptionsPageByCustomer, customerId, args);
  }
}
