import { BadUserInputError } from '../../errors/domain-errors';
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

  /**
   * A page of the audit records of one entity, of one idempotency key, or of both, newest first.
   * Throws BAD_USER_INPUT when neither is given, or for a bad `first` or `after`.
   */
  page(args: ChangesArgs): Promise<Connection<ChangeRecord>> {
    const entityId = args.entityId ?? null;
    const clientMutationId = args.clientMutationId ?? null;
    if (entityId === null && clientMutationId === null) throw new BadUserInputError('Give entityId, clientMutationId, or both.', { field: 'entityId' });
    return this.pager.list(`Query.changes:${entityId}:${clientMutationId}`, args, (window) => this.repos.changes.page({ entityId, clientMutationId }, window));
  }
}
