import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ImpactedPartnerRole } from '../../domain/outage';
import { ConnectionType } from '../common/connection';
import { Offer } from '../offer/offer.type';
import { Partner } from '../partner/partner.type';
import { Publisher } from '../publisher/publisher.type';

registerEnumType(ImpactedPartnerRole, {
  name: 'ImpactedPartnerRole',
  description: 'How a partner stands to the subscriptions an outage reaches.',
  valuesConfig: {
    DIRECT_PARTNER: { description: 'Sold some of them as a direct-bill partner.' },
    INDIRECT_RESELLER: { description: 'Sold some of them as an indirect reseller.' },
    INDIRECT_PROVIDER: { description: 'Supplied some of them to its resellers.' },
    DESIGNATED_SUPPORT: { description: "Is the designated support contact of some of them (Partner Center), the customers' first contact." },
  },
});

@ObjectType({ description: 'A partner to notify of an outage, so that it can coordinate support if it offers that service to its customers (ISV_ENABLEMENT).' })
export class ImpactedPartner {
  @Field(() => Partner)
  partner!: Partner;

  @Field(() => [ImpactedPartnerRole])
  roles!: ImpactedPartnerRole[];

  @Field(() => Int, { description: 'Customers with an affected subscription this partner sold, supplied or supports.' })
  affectedCustomerCount!: number;

  @Field(() => Int)
  affectedSubscriptionCount!: number;
}

export const ImpactedPartnerConnection = ConnectionType(ImpactedPartner, 'ImpactedPartner');

@ObjectType({
  description:
    "Which partners to notify of an outage of a publisher's offers or of one offer: the ISV is expected to give partners outage notifications, so that they can coordinate support if they offer that service (ISV_ENABLEMENT).",
})
export class OutageImpact {
  @Field(() => Publisher, { description: 'The ISV (or Microsoft) whose offers are down; its contacts are the source of the notice.' })
  publisher!: Publisher;

  @Field(() => [Offer], { description: 'The offers the outage covers, ordered by id.' })
  offers!: Offer[];

  @Field(() => Int)
  affectedCustomerCount!: number;

  @Field(() => Int)
  affectedSubscriptionCount!: number;
}
