import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import { MAY } from '../../auth/roles';
import type { Context } from '../../context';
import type {
  CustomerRecord,
  OfferRecord,
  PartnerRecord,
  PublisherRecord,
  ResourceRecord,
  SubscriptionRecord,
  SupportContactRecord,
  SupportRuleRecord,
} from '../../graph/records';
import { SupportContact } from '../contact/support-contact.type';
import { Customer } from '../customer/customer.type';
import { Offer } from '../offer/offer.type';
import { Partner } from '../partner/partner.type';
import { Publisher } from '../publisher/publisher.type';
import { Subscription } from '../subscription/subscription.type';
import {
  CustomerInput,
  CustomerRelationshipInput,
  EndSubscriptionInput,
  LinkResellerInput,
  OfferInput,
  PartnerInput,
  PublisherInput,
  RecordSubscriptionInput,
  RequestCustomerRelationshipInput,
  RequestResellerLinkInput,
  ResourceInput,
  SubscriptionSupportContactInput,
  SupportContactInput,
  SupportRuleInput,
  UnlinkResellerInput,
} from './write.input';
import type { CustomerRelationshipResult, LinkRequestResult, RemovalResult, ResellerLinkResult } from './write.service';
import { SupportRule } from '../support-matrix/support-rule.type';
import { Resource } from '../offer/resource.type';
import { CustomerRelationship, Removal, ResellerLink, ResellerLinkRequest } from './write.type';

const REFUSED = 'BAD_USER_INPUT (extensions.field) when the input is invalid or refers to what does not exist.';

/** The mutations: each reads its input and calls the write service (one transaction each). */
@Resolver()
export class WriteResolver {
  @Authorized(...MAY.writePartnerData)
  @Mutation(() => Customer, { description: `Creates or updates a customer. ${REFUSED}` })
  upsertCustomer(@Arg('input') input: CustomerInput, @Ctx() ctx: Context): Promise<CustomerRecord> {
    return ctx.services.writes.upsertCustomer(input);
  }

  @Authorized(...MAY.writePartnerData)
  @Mutation(() => Removal, { description: 'Removes a customer with its ended subscriptions; refused while it has current ones.' })
  removeCustomer(@Arg('id', () => ID) id: string, @Arg('clientMutationId', () => String, { nullable: true, description: 'An idempotency key: a retry with the same key returns the first outcome and writes nothing again.' }) clientMutationId: string | null, @Ctx() ctx: Context): Promise<RemovalResult> {
    return ctx.services.writes.remove('removeCustomer', 'Customer', id, clientMutationId);
  }

  @Authorized(...MAY.writePartnerData)
  @Mutation(() => Partner, { description: `Creates or updates a partner. ${REFUSED}` })
  upsertPartner(@Arg('input') input: PartnerInput, @Ctx() ctx: Context): Promise<PartnerRecord> {
    return ctx.services.writes.upsertPartner(input);
  }

  @Authorized(...MAY.writePartnerData)
  @Mutation(() => Removal, { description: 'Removes a partner with its contacts; refused while a subscription (current or past) or a current reseller link refers to it.' })
  removePartner(@Arg('id', () => ID) id: string, @Arg('clientMutationId', () => String, { nullable: true, description: 'An idempotency key: a retry with the same key returns the first outcome and writes nothing again.' }) clientMutationId: string | null, @Ctx() ctx: Context): Promise<RemovalResult> {
    return ctx.services.writes.remove('removePartner', 'Partner', id, clientMutationId);
  }

  @Authorized(...MAY.writeCatalogData)
  @Mutation(() => Publisher, { description: `Creates or updates a publisher. ${REFUSED}` })
  upsertPublisher(@Arg('input') input: PublisherInput, @Ctx() ctx: Context): Promise<PublisherRecord> {
    return ctx.services.writes.upsertPublisher(input);
  }

  @Authorized(...MAY.writeCatalogData)
  @Mutation(() => Removal, { description: 'Removes a publisher with its contacts; refused while it has offers.' })
  removePublisher(@Arg('id', () => ID) id: string, @Arg('clientMutationId', () => String, { nullable: true, description: 'An idempotency key: a retry with the same key returns the first outcome and writes nothing again.' }) clientMutationId: string | null, @Ctx() ctx: Context): Promise<RemovalResult> {
    return ctx.services.writes.remove('removePublisher', 'Publisher', id, clientMutationId);
  }

  @Authorized(...MAY.writeCatalogData)
  @Mutation(() => Offer, { description: `Creates or updates an offer. ${REFUSED}` })
  upsertOffer(@Arg('input') input: OfferInput, @Ctx() ctx: Context): Promise<OfferRecord> {
    return ctx.services.writes.upsertOffer(input);
  }

  @Authorized(...MAY.writeCatalogData)
  @Mutation(() => Removal, { description: 'Removes an offer with its contacts and resources; refused while a subscription (current or past) is to it.' })
  removeOffer(@Arg('id', () => ID) id: string, @Arg('clientMutationId', () => String, { nullable: true, description: 'An idempotency key: a retry with the same key returns the first outcome and writes nothing again.' }) clientMutationId: string | null, @Ctx() ctx: Context): Promise<RemovalResult> {
    return ctx.services.writes.remove('removeOffer', 'Offer', id, clientMutationId);
  }

  @Authorized(...MAY.writeCatalogData)
  @Mutation(() => SupportContact, { description: `Creates or updates a support contact. ${REFUSED}` })
  upsertSupportContact(@Arg('input') input: SupportContactInput, @Ctx() ctx: Context): Promise<SupportContactRecord> {
    return ctx.services.writes.upsertSupportContact(input);
  }

  @Authorized(...MAY.writeCatalogData)
  @Mutation(() => Removal)
  removeSupportContact(@Arg('id', () => ID) id: string, @Arg('clientMutationId', () => String, { nullable: true, description: 'An idempotency key: a retry with the same key returns the first outcome and writes nothing again.' }) clientMutationId: string | null, @Ctx() ctx: Context): Promise<RemovalResult> {
    return ctx.services.writes.remove('removeSupportContact', 'SupportContact', id, clientMutationId);
  }

  @Authorized(...MAY.writeCatalogData)
  @Mutation(() => Resource, { description: `Creates or updates an offer's resource. ${REFUSED}` })
  upsertResource(@Arg('input') input: ResourceInput, @Ctx() ctx: Context): Promise<ResourceRecord> {
    return ctx.services.writes.upsertResource(input);
  }

  @Authorized(...MAY.writeCatalogData)
  @Mutation(() => Removal)
  removeResource(@Arg('id', () => ID) id: string, @Arg('clientMutationId', () => String, { nullable: true, description: 'An idempotency key: a retry with the same key returns the first outcome and writes nothing again.' }) clientMutationId: string | null, @Ctx() ctx: Context): Promise<RemovalResult> {
    return ctx.services.writes.remove('removeResource', 'Resource', id, clientMutationId);
  }

  @Authorized(...MAY.writePartnerData)
  @Mutation(() => Subscription, { description: `Records a subscription, or a change of its parties from effectiveAt on. ${REFUSED}` })
  recordSubscription(@Arg('input') input: RecordSubscriptionInput, @Ctx() ctx: Context): Promise<SubscriptionRecord> {
    return ctx.services.writes.recordSubscription(input);
  }

  @Authorized(...MAY.writePartnerData)
  @Mutation(() => Subscription, { description: 'Ends a subscription at effectiveAt; its past stays answerable (supportPath with `at`). Ending it again changes nothing.' })
  endSubscription(@Arg('input') input: EndSubscriptionInput, @Ctx() ctx: Context): Promise<SubscriptionRecord> {
    return ctx.services.writes.endSubscription(input);
  }

  @Authorized(...MAY.writePartnerData)
  @Mutation(() => Subscription, {
    description: "Designates the reseller that supports an indirect subscription (Partner Center's designated support contact); it must buy through the subscription's provider.",
  })
  setSubscriptionSupportContact(@Arg('input') input: SubscriptionSupportContactInput, @Ctx() ctx: Context): Promise<SubscriptionRecord> {
    return ctx.services.writes.setSubscriptionSupportContact(input);
  }

  @Authorized(...MAY.writePartnerData)
  @Mutation(() => CustomerRelationship, {
    description:
      "The caller's partner asks for a customer relationship with a customer, which the platform operator accepts for the customer (acceptCustomerRelationship). ACTIVE when it has one already (a relationship, or a subscription of the customer it sells or supplies now). The answer is the same whether the customer exists or not.",
  })
  requestCustomerRelationship(@Arg('input') input: RequestCustomerRelationshipInput, @Ctx() ctx: Context): Promise<CustomerRelationshipResult> {
    return ctx.services.writes.requestCustomerRelationship(input);
  }

  @Authorized(...MAY.grantCustomerRelationships)
  @Mutation(() => CustomerRelationship, {
    description: `The platform operator accepts, for the customer, a partner's pending request for a customer relationship (NOT_FOUND when there is none). ${REFUSED}`,
  })
  acceptCustomerRelationship(@Arg('input') input: CustomerRelationshipInput, @Ctx() ctx: Context): Promise<CustomerRelationshipResult> {
    return ctx.services.writes.openCustomerRelationship('acceptCustomerRelationship', input);
  }

  @Authorized(...MAY.grantCustomerRelationships)
  @Mutation(() => CustomerRelationship, { description: `The platform operator grants a partner a customer relationship, asked for or not. ${REFUSED}` })
  grantCustomerRelationship(@Arg('input') input: CustomerRelationshipInput, @Ctx() ctx: Context): Promise<CustomerRelationshipResult> {
    return ctx.services.writes.openCustomerRelationship('grantCustomerRelationship', input);
  }

  @Authorized(...MAY.writePartnerData)
  @Mutation(() => ResellerLinkRequest, {
    description:
      "One side of a reseller link (the caller's own organisation: the reseller or the provider) asks the other for it; the other side accepts it with acceptResellerLink. The answer is the same whether the other side exists or not.",
  })
  requestResellerLink(@Arg('input') input: RequestResellerLinkInput, @Ctx() ctx: Context): Promise<LinkRequestResult> {
    return ctx.services.writes.requestResellerLink(input);
  }

  @Authorized(...MAY.writePartnerData)
  @Mutation(() => ResellerLink, {
    description: `The other side of a reseller link (or the platform operator) accepts the pending request; NOT_FOUND when there is none from the other side. ${REFUSED}`,
  })
  acceptResellerLink(@Arg('input') input: LinkResellerInput, @Ctx() ctx: Context): Promise<ResellerLinkResult> {
    return ctx.services.writes.acceptResellerLink(input);
  }

  @Authorized(...MAY.writePartnerData)
  @Mutation(() => ResellerLink, {
    description: `The platform operator links an INDIRECT_RESELLER to an INDIRECT_PROVIDER, without a request. A partner asks with requestResellerLink instead (FORBIDDEN here). ${REFUSED}`,
  })
  linkReseller(@Arg('input') input: LinkResellerInput, @Ctx() ctx: Context): Promise<ResellerLinkResult> {
    return ctx.services.writes.linkReseller(input);
  }

  @Authorized(...MAY.writePartnerData)
  @Mutation(() => ResellerLink, { description: 'A reseller stops buying through a provider, its current subscriptions through it moving to moveSubscriptionsTo. Either side may end a link alone.' })
  unlinkReseller(@Arg('input') input: UnlinkResellerInput, @Ctx() ctx: Context): Promise<ResellerLinkResult> {
    return ctx.services.writes.unlinkReseller(input);
  }

  @Authorized(...MAY.writeMatrix)
  @Mutation(() => SupportRule, { description: 'Replaces one rule of the support matrix; every support path follows it at once.' })
  setSupportRule(@Arg('input') input: SupportRuleInput, @Ctx() ctx: Context): Promise<SupportRuleRecord> {
    return ctx.services.writes.setSupportRule(input);
  }
}

@Resolver(() => Resource)
export class ResourceResolver {
  @FieldResolver(() => Offer)
  async offer(@Root() resource: ResourceRecord, @Ctx() ctx: Context): Promise<OfferRecord> {
    return (await ctx.loaders.offer.load(resource.offerId))!;
  }
}
