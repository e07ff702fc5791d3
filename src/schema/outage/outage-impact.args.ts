import { ArgsType, Field, ID } from 'type-graphql';

@ArgsType()
export class OutageImpactArgs {
  @Field(() => ID, { nullable: true, description: 'An outage of every offer of this publisher. Give this or offerId, not both.' })
  publisherId?: string | null;

  @Field(() => ID, { nullable: true, description: 'An outage of this one offer. Give this or publisherId, not both.' })
  offerId?: string | null;
}
