import { GraphQLDateTime } from 'graphql-scalars';
import { Field, ID, InputType } from 'type-graphql';
import { ArticleClause, ContactAudience, IssueType, OfferCategory, OfferType, PartnerKind, ResourceKind, SupportDuty, SupportRole } from '../enums';

/**
 * What every mutation's input may carry: an idempotency key. A retry with the same key (by the same
 * caller) returns the first outcome without writing again; the audit records of the write carry it.
 */
@InputType()
export abstract class MutationInput {
  @Field(() => String, {
    nullable: true,
    description: 'An idempotency key chosen by the caller: a retry with the same key returns the first outcome and writes nothing again.',
  })
  clientMutationId?: string | null;
}

@InputType({ description: 'A customer, created or updated by id.' })
export class CustomerInput extends MutationInput {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;
}

@InputType({ description: "A CSP partner, created or updated by id. A partner's kind never changes." })
export class PartnerInput extends MutationInput {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field(() => PartnerKind)
  kind!: PartnerKind;
}

@InputType({ description: 'A publisher, created or updated by id. At most one publisher is Microsoft.' })
export class PublisherInput extends MutationInput {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field({ nullable: true, defaultValue: false })
  isMicrosoft!: boolean;
}

@InputType({ description: "An offer, created or updated by id. An offer's publisher never changes." })
export class OfferInput extends MutationInput {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field(() => ID)
  publisherId!: string;

  @Field(() => OfferType, { description: 'SaaS, or one of the Azure-based types.' })
  offerType!: OfferType;
}

@InputType({
  description:
    "A support contact of a partner (SUPPORT_DESK), of Microsoft (PARTNER_SUPPORT), or of an ISV publisher or one of its offers (ENGINEERING, CUSTOMER_SUPPORT, CSP_PROGRAM). Needs an email, a phone (international form) or a URL.",
})
export class SupportContactInput extends MutationInput {
  @Field(() => ID)
  id!: string;

  @Field(() => ID, { description: 'The partner, publisher or offer the contact belongs to; it never changes.' })
  ownerId!: string;

  @Field()
  kind!: string;

  @Field(() => [ContactAudience], {
    nullable: true,
    description: "Who may use it (default: PARTNERS and CUSTOMERS for a partner's SUPPORT_DESK, PARTNERS for every other kind: an ISV's lines from the offer details page are for partners unless it opens them to customers).",
  })
  audience?: ContactAudience[] | null;

  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => String, { nullable: true })
  email?: string | null;

  @Field(() => String, { nullable: true })
  phone?: string | null;

  @Field(() => String, { nullable: true })
  url?: string | null;

  @Field(() => String, { nullable: true })
  hours?: string | null;

  @Field(() => String, { nullable: true })
  sla?: string | null;
}

@InputType({ description: 'A resource an ISV gives partners for one offer.' })
export class ResourceInput extends MutationInput {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  offerId!: string;

  @Field(() => ResourceKind)
  kind!: ResourceKind;

  @Field()
  url!: string;
}

@InputType({
  description:
    'A subscription and its parties. A DIRECT partner sells alone; an INDIRECT_RESELLER names the provider it bought through (one it buys through now). Recording an existing subscription with other parties changes them from effectiveAt on; its customer and offer never change.',
})
export class RecordSubscriptionInput extends MutationInput {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  customerId!: string;

  @Field(() => ID)
  offerId!: string;

  @Field(() => ID, { description: 'The partner of record: a DIRECT partner or an INDIRECT_RESELLER.' })
  partnerId!: string;

  @Field(() => ID, { nullable: true, description: 'The INDIRECT_PROVIDER the reseller bought through; none for a direct sale.' })
  providerId?: string | null;

  @Field(() => GraphQLDateTime, { nullable: true, description: 'When this takes effect: the start of a new subscription, or of the new parties (default: now).' })
  effectiveAt?: Date | null;
}

@InputType()
export class EndSubscriptionInput extends MutationInput {
  @Field(() => ID)
  subscriptionId!: string;

  @Field(() => GraphQLDateTime, { nullable: true, description: 'When it ends (default: now).' })
  effectiveAt?: Date | null;
}

@InputType({ description: 'An INDIRECT_RESELLER buys through an INDIRECT_PROVIDER from effectiveAt on (linkReseller: the platform operator; acceptResellerLink: the side that did not ask).' })
export class LinkResellerInput extends MutationInput {
  @Field(() => ID)
  resellerId!: string;

  @Field(() => ID)
  providerId!: string;

  @Field(() => GraphQLDateTime, { nullable: true, description: 'When the link begins (default: now).' })
  effectiveAt?: Date | null;
}

@InputType({ description: 'A partner asks for a customer relationship: the caller\'s own partner organisation with this customer.' })
export class RequestCustomerRelationshipInput extends MutationInput {
  @Field(() => ID)
  customerId!: string;
}

@InputType({ description: 'A customer relationship between a partner and a customer, accepted or granted by the platform operator for the customer.' })
export class CustomerRelationshipInput extends MutationInput {
  @Field(() => ID)
  partnerId!: string;

  @Field(() => ID)
  customerId!: string;

  @Field(() => GraphQLDateTime, { nullable: true, description: 'When the relationship begins (default: now).' })
  effectiveAt?: Date | null;
}

@InputType({ description: 'One side of a reseller link (the reseller or the provider, the caller\'s own organisation) asks the other for it.' })
export class RequestResellerLinkInput extends MutationInput {
  @Field(() => ID)
  resellerId!: string;

  @Field(() => ID)
  providerId!: string;
}

@InputType({
  description:
    "Ends a reseller's link to a provider. Its current subscriptions through that provider move to moveSubscriptionsTo, another provider it buys through (required when it has some); designations that no longer hold end.",
})
export class UnlinkResellerInput extends MutationInput {
  @Field(() => ID)
  resellerId!: string;

  @Field(() => ID)
  providerId!: string;

  @Field(() => ID, { nullable: true })
  moveSubscriptionsTo?: string | null;

  @Field(() => GraphQLDateTime, { nullable: true, description: 'When the link ends (default: now).' })
  effectiveAt?: Date | null;
}

@InputType({
  description:
    "The Partner Center designated support contact of an indirect subscription: a reseller that buys through the subscription's provider. No resellerId clears it.",
})
export class SubscriptionSupportContactInput extends MutationInput {
  @Field(() => ID)
  subscriptionId!: string;

  @Field(() => ID, { nullable: true })
  resellerId?: string | null;

  @Field(() => GraphQLDateTime, { nullable: true, description: 'When the designation takes effect (default: now).' })
  effectiveAt?: Date | null;
}

@InputType()
export class SupportRuleStepInput {
  @Field(() => SupportRole)
  role!: SupportRole;

  @Field(() => SupportDuty)
  duty!: SupportDuty;

  @Field(() => [String], { description: "The party's contact kinds this step shows." })
  contactKinds!: string[];

  @Field(() => [ArticleClause], { description: 'The clauses of the article (or PROGRAM_PRACTICE) the step rests on; at least one.' })
  clauses!: ArticleClause[];

  @Field(() => [OfferType], { nullable: true, description: 'Limit the step to these offer types (default: every offer).' })
  offerTypes?: OfferType[] | null;

  @Field(() => [ResourceKind], { nullable: true, description: "The kinds of the offer's resources the step carries (default: none)." })
  resourceKinds?: ResourceKind[] | null;
}

@InputType({
  description:
    'One row of the support matrix, replacing the rule for (offerCategory, issueType). The first step is the partner of record and the second the indirect provider (SHARED); each role appears at most once; every step cites a clause; on a third-party offer Microsoft is never RESPONSIBLE nor FIRST_CONTACT.',
})
export class SupportRuleInput extends MutationInput {
  @Field(() => OfferCategory)
  offerCategory!: OfferCategory;

  @Field(() => IssueType)
  issueType!: IssueType;

  @Field(() => [SupportRuleStepInput])
  steps!: SupportRuleStepInput[];
}
