import { Field, ID, ObjectType } from 'type-graphql';
import { ConnectionType } from '../common/connection';
import { OfferType } from '../enums';

@ObjectType({ description: 'A product on the commercial marketplace, published by exactly one publisher.' })
export class Offer {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field(() => OfferType, { description: 'SaaS, or one of the Azure-based types (the article limits some duties to Azure-based solutions).' })
  offerType!: OfferType;
}

export const OfferConnection = ConnectionType(Offer, 'Offer');
