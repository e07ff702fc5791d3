import { Field, ID, InputType } from 'type-graphql';

@InputType({ description: 'Which customers to list; every filter given must hold.' })
export class CustomerFilter {
  @Field(() => String, { nullable: true, description: 'The name contains this text (case-insensitive).' })
  nameContains?: string | null;

  @Field(() => ID, {
    nullable: true,
    description:
      "Customers this partner serves: it sold (direct partner, reseller) or supplied (indirect provider) one of their subscriptions. For a provider, its resellers' customers: its whole downstream.",
  })
  servedByPartnerId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Customers with a subscription to an offer of this publisher.' })
  publisherId?: string | null;
}
