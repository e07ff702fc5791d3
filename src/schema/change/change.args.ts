import { ArgsType, Field, ID } from 'type-graphql';
import { PageArgs } from '../common/connection';

@ArgsType()
export class ChangesArgs extends PageArgs {
  @Field(() => ID, { description: 'The entity whose audit records to list (for a support rule: `OFFER_CATEGORY:ISSUE_TYPE`).' })
  entityId!: string;
}
