import { Field, ID, ObjectType } from 'type-graphql';
import { ConnectionType } from '../common/connection';

@ObjectType({
  description:
    "One customer's purchase of one offer, through one partner of record (a direct partner, or a reseller with the indirect provider it bought through).",
})
export class Subscription {
  @Field(() => ID)
  id!: string;
}

export const SubscriptionConnection = ConnectionType(Subscription, 'Subscription');
