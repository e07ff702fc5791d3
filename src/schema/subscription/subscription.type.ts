import { GraphQLDateTime } from 'graphql-scalars';
import { Field, ID, ObjectType } from 'type-graphql';
import { ConnectionType } from '../common/connection';

@ObjectType({
  description:
    "One customer's purchase of one offer, through one partner of record (a direct partner, or a reseller with the indirect provider it bought through).",
})
export class Subscription {
  @Field(() => ID)
  id!: string;

  @Field(() => GraphQLDateTime, { description: 'When the subscription began.' })
  startedAt!: string;

  @Field(() => GraphQLDateTime, { nullable: true, description: 'When it ended; null while it runs.' })
  endedAt!: string | null;
}

export const SubscriptionConnection = ConnectionType(Subscription, 'Subscription');
