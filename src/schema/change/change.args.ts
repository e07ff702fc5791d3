import { ArgsType, Field, ID } from 'type-graphql';
import { PageArgs } from '../common/connection';

@ArgsType()
export class ChangesArgs extends PageArgs {
  @Field(() => ID, { nullable: true, description: 'The entity whose audit records to list (for a support rule: `OFFER_CATEGORY:ISSUE_TYPE`).' })
  entityId?: string | null;

  @Field(() => String, { nullable: true, description: 'The audit records of the write(s) made with this idempotency key (clientMutationId).' })
  clientMutationId?: string | null;
}
