import { Field, ID, InputType } from 'type-graphql';
import { OfferCategory, OfferType } from '../enums';

@InputType({ description: 'Which offers to list; every filter given must hold.' })
export class OfferFilter {
  @Field(() => String, { nullable: true, description: 'The name contains this text (case-insensitive).' })
  nameContains?: string | null;

  @Field(() => ID, { nullable: true })
  publisherId?: string | null;

  @Field(() => OfferCategory, { nullable: true, description: "FIRST_PARTY: Microsoft's offers; THIRD_PARTY: the ISVs'." })
  category?: OfferCategory | null;

  @Field(() => OfferType, { nullable: true, description: 'Offers of this type.' })
  offerType?: OfferType | null;
}
