import { Field, ID, ObjectType } from 'type-graphql';
import { ConnectionType } from '../common/connection';

@ObjectType({ description: 'A product on the commercial marketplace, published by exactly one publisher.' })
export class Offer {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;
}

export const OfferConnection = ConnectionType(Offer, 'Offer');
