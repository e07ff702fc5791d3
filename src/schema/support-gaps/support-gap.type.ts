import { createUnionType, Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { SupportGapKind } from '../../domain/support-gaps';
import { ConnectionType } from '../common/connection';
import { resolveTaggedType } from '../common/typed';
import { IssueType } from '../enums';
import { Offer } from '../offer/offer.type';
import { Partner } from '../partner/partner.type';
import { Subscription } from '../subscription/subscription.type';

registerEnumType(SupportGapKind, {
  name: 'SupportGapKind',
  description: 'A kind of place where the graph cannot answer a support question well.',
  valuesConfig: {
    OFFER_WITHOUT_CUSTOMER_SUPPORT: { description: 'An ISV offer with no CUSTOMER_SUPPORT contact, on the offer or its publisher.' },
    PARTNER_WITHOUT_SUPPORT_DESK: { description: 'A partner with no SUPPORT_DESK contact.' },
    RESELLER_WITHOUT_PROVIDER: { description: 'An indirect reseller that buys through no indirect provider.' },
    RESPONSIBLE_STEP_WITHOUT_CONTACT: {
      description: 'A subscription whose path, for some issue type, has a RESPONSIBLE step whose party has none of the contacts the step names.',
    },
  },
});

export const SupportGapEntity = createUnionType({
  name: 'SupportGapEntity',
  description: 'Where a gap is: an offer, a partner or a subscription.',
  types: () => [Offer, Partner, Subscription] as const,
  resolveType: resolveTaggedType,
});

@ObjectType({ description: 'One place where the graph cannot answer a support question well, and whom it affects.' })
export class SupportGap {
  @Field(() => SupportGapKind)
  kind!: SupportGapKind;

  @Field(() => SupportGapEntity)
  entity!: typeof SupportGapEntity;

  @Field({ description: 'What is missing and why it matters, in plain words.' })
  detail!: string;

  @Field(() => [String], { description: 'The contact kinds nobody answers for (empty for a reseller without a provider).' })
  missingContactKinds!: string[];

  @Field(() => [IssueType], { description: 'For a subscription: the issue types whose path has the RESPONSIBLE step without a contact.' })
  issueTypes!: IssueType[];

  @Field(() => Int, { description: 'How many customers have a subscription the gap touches.' })
  affectedCustomerCount!: number;

  @Field(() => Int)
  affectedSubscriptionCount!: number;
}

export const SupportGapConnection = ConnectionType(SupportGap, 'SupportGap');
