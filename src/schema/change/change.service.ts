import type { Repositories } from '../../graph/repositories';
import type { ChangeRecord } from '../../graph/records';
import type { Connection } from '../common/connection';
import type { Pager } from '../common/pager';
import type { ChangesArgs } from './change.args';

export class ChangeService {
  constructor(
    private readonly repos: Repositories,
    private readonly pager: Pager,
  ) {}

  /** A page of one entity's audit records, newest first. Throws BAD_USER_INPUT for a bad `first` or `after`. */
  page(args: ChangesArgs): Promise<Connection<ChangeRecord>> {
    return this.pager.list(`Query.changes:${args.entityId}`, args, (window) => this.repos.changes.pageByEntity(args.entityId, window));
  }
}
