import type { Scope } from '../../auth/caller';
import type { Repositories } from '../../graph/repositories';
import type { CustomerRecord } from '../../graph/records';
import { Connection, PageArgs, readPageArgs, toConnection } from '../common/connection';

export class CustomerService {
  constructor(
    private readonly repos: Repositories,
    private readonly scope: Scope,
    private readonly maxPageSize: number,
  ) {}

  /** A page of the customers the caller may see, ordered by id. Throws BAD_USER_INPUT for a bad `first` or `after`. */
  async page(args: PageArgs): Promise<Connection<CustomerRecord>> {
    const { limit, afterKey } = readPageArgs(args, this.maxPageSize);
    const { nodes, totalCount } = await this.repos.customers.page(afterKey, limit + 1, this.scope);
    return toConnection(nodes, limit, totalCount, (c) => c.id);
  }
}
