import { Field, ID, ObjectType } from 'type-graphql';
import { Partner } from '../partner/partner.type';

@ObjectType({ description: 'The outcome of a remove mutation.' })
export class Removal {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'False when there was nothing to remove (removing twice is not an error).' })
  removed!: boolean;
}

@ObjectType({ description: 'A reseller and a provider, and whether the reseller buys through it now.' })
export class ResellerLink {
  @Field(() => Partner)
  reseller!: Partner;

  @Field(() => Partner)
  provider!: Partner;

  @Field()
  active!: boolean;
}
