import { Args, Authorized, Ctx, Query, Resolver } from 'type-graphql';
import { MAY } from '../../auth/roles';
import type { Context } from '../../context';
import type { ChangeRecord } from '../../graph/records';
import type { Connection } from '../common/connection';
import { ChangesArgs } from './change.args';
import { Change, ChangeConnection } from './change.type';

@Resolver(() => Change)
export class ChangeResolver {
  @Authorized(...MAY.readAudit)
  @Query(() => ChangeConnection, {
    description: 'Who changed this entity, when and how: its audit records, newest first. A write that changed nothing records nothing.',
  })
  changes(@Args() args: ChangesArgs, @Ctx() ctx: Context): Promise<Connection<ChangeRecord>> {
    return ctx.services.changes.page(args);
  }
}
