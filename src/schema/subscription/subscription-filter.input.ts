import { Field, ID, InputType } from 'type-graphql';
import { OfferCategory, SalesModel } from '../enums';

@InputType({ description: 'Which subscriptions to list; every filter given must hold.' })
export class SubscriptionFilter {
  @Field(() => ID, { nullable: true })
  customerId?: string | null;

  @Field(() => ID, { nullable: true })
  offerId?: string | null;

  @Field(() => ID, { nullable: true, description: "Subscriptions to any of this publisher's offers." })
  publisherId?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'Subscriptions this partner sold (direct partner, reseller) or supplied (indirect provider).',
  })
  servedByPartnerId?: string | null;

  @Field(() => SalesModel, { nullable: true })
  salesModel?: SalesModel | null;

  @Field(() => OfferCategory, { nullable: true, description: "FIRST_PARTY: Microsoft's offers; THIRD_PARTY: the ISVs'." })
  offerCategory?: OfferCategory | null;
}
