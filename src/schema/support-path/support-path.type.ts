import { Field, Int, ObjectType } from 'type-graphql';
import { SupportContact } from '../contact/support-contact.type';
import { Customer } from '../customer/customer.type';
import { IssueType, OfferCategory, SalesModel, SupportDuty, SupportRole } from '../enums';
import { Offer } from '../offer/offer.type';
import { SupportParty } from '../party/support-party.interface';
import { Subscription } from '../subscription/subscription.type';

@ObjectType({ description: 'One party an issue travels through, with its duty and how to reach it.' })
export class SupportStep {
  @Field(() => Int, { description: '1 for the first party the issue reaches, then 2, 3…' })
  rank!: number;

  @Field(() => SupportRole)
  role!: SupportRole;

  @Field(() => SupportDuty)
  duty!: SupportDuty;

  @Field(() => SupportParty)
  party!: SupportParty;

  @Field(() => [SupportContact], { description: "The party's contacts of the kinds the support matrix names for this step." })
  contacts!: SupportContact[];

  @Field(() => [String], {
    description: 'Contact kinds the matrix names for this step that the party has no contact for. Non-empty means a gap to mend.',
  })
  missingContactKinds!: string[];

  @Field({ description: 'Why this party is here, citing its duty in plain words.' })
  reason!: string;
}

@ObjectType({ description: 'Who supports a customer, for an issue type, on an offer: the ordered parties the issue travels through.' })
export class SupportPath {
  @Field(() => Customer)
  customer!: Customer;

  @Field(() => Offer)
  offer!: Offer;

  @Field(() => Subscription)
  subscription!: Subscription;

  @Field(() => IssueType)
  issueType!: IssueType;

  @Field(() => SalesModel)
  salesModel!: SalesModel;

  @Field(() => OfferCategory, { description: 'Which rules of the support matrix applied.' })
  offerCategory!: OfferCategory;

  @Field(() => [SupportStep])
  steps!: SupportStep[];

  @Field({ description: 'True when some step lacks a contact the matrix names (see SupportStep.missingContactKinds).' })
  hasGaps!: boolean;
}
