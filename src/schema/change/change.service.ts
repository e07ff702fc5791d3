import type { Repositories } from '../../graph/repositories';
import type { ChangeRecord } from '../../graph/records';
import { Connection, readPageArgs, toConnection } from '../common/connection';
import type { ChangesArgs } from './change.args';

export class ChangeService {
  constructor(
    private readonly repos: Repositories,
    private readonly maxPageSize: number,
  ) {}

  /** A page of one entity's audit records, newest first. Throws BAD_USER_INPUT for a bad `first` or `after`. */
  async page(args: ChangesArgs): Promise<Connection<ChangeRecord>> {
    const { limit, afterKey } = readPageArgs(args, this.maxPageSize);
    const { nodes, totalCount } = await this.repos.changes.pageByEntity(args.entityId, afterKey, limit + 1);
    return toConnection(nodes, limit, totalCount, (c) => c.id);
  }
}
