import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
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

/** Where a customer relationship or a reseller link stands. */
export enum RelationshipStatus {
  REQUESTED = 'REQUESTED',
  ACTIVE = 'ACTIVE',
}

registerEnumType(RelationshipStatus, {
  name: 'RelationshipStatus',
  description: 'REQUESTED: asked by one side, waiting for the other (or the platform operator); ACTIVE: in force.',
});

@ObjectType({ description: 'A partner\'s customer relationship: what lets it attach subscriptions to a customer and change it.' })
export class CustomerRelationship {
  @Field(() => ID)
  partnerId!: string;

  @Field(() => ID)
  customerId!: string;

  @Field(() => RelationshipStatus)
  status!: RelationshipStatus;
}

@ObjectType({ description: 'A reseller link asked for by one side: ACTIVE once the other side (or the platform operator) accepted it.' })
export class ResellerLinkRequest {
  @Field(() => ID)
  resellerId!: string;

  @Field(() => ID)
  providerId!: string;

  @Field(() => ID, { description: 'The side that asked (the reseller or the provider); null once the link is in force.', nullable: true })
  requestedBy!: string | null;

  @Field(() => RelationshipStatus)
  status!: RelationshipStatus;
}
