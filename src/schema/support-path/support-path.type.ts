import { Field, Int, ObjectType } from 'type-graphql';
import { SupportContact } from '../contact/support-contact.type';
import { Customer } from '../customer/customer.type';
import { ContactAudience, ContactKind, IssueType, OfferCategory, SalesModel, SupportDuty, SupportRole } from '../enums';
import { SourceClause } from '../support-matrix/source-clause.type';
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

  @Field(() => [SupportContact], {
    description: "The party's contacts of the kinds the support matrix names for this step, that the path's audience may use.",
  })
  contacts!: SupportContact[];

  @Field(() => [ContactKind], {
    description:
      "Contact kinds the matrix names for this step that the party has no contact for, for this audience. Non-empty means a gap to mend. In the CUSTOMERS view a line the party keeps for partners is no gap once the customer can reach the party (through this step's contacts or reachedThroughRank); a kind it has no contact of at all is.",
  })
  missingContactKinds!: ContactKind[];

  @Field(() => [SourceClause], { description: 'The clauses of the article (or PROGRAM_PRACTICE) this step rests on.' })
  clauses!: SourceClause[];

  @Field(() => Int, {
    nullable: true,
    description: "In the customers' view: the rank of the earlier step through which the customer reaches this party, which has no contact for customers.",
  })
  reachedThroughRank!: number | null;

  @Field({ description: 'Why this party is here: its role and duty, and the clauses it rests on, in plain words.' })
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

  @Field(() => ContactAudience, { description: 'Whose view the contacts are for.' })
  audience!: ContactAudience;

  @Field(() => [SupportStep])
  steps!: SupportStep[];

  @Field({ description: 'True when some step lacks a contact the matrix names (see SupportStep.missingContactKinds).' })
  hasGaps!: boolean;
}
