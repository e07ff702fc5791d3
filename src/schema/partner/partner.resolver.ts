import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { MAY } from '../../auth/roles';
import type { Context } from '../../context';
import type { CustomerRecord, PartnerRecord, SupportContactRecord } from '../../graph/records';
import { Connection, PageArgs } from '../common/connection';
import { SupportContact } from '../contact/support-contact.type';
import { CustomerConnection } from '../customer/customer.type';
import { PartnerFilter } from './partner-filter.input';
import { Partner, PartnerConnection } from './partner.type';

@Resolver(() => Partner)
export class PartnerResolver {
  @Authorized(...MAY.browse)
  @Query(() => Partner, { nullable: true, description: 'A partner by id, or null.' })
  partner(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<PartnerRecord | null> {
    return ctx.loaders.partner.load(id);
  }

  @Authorized(...MAY.browse)
  @Query(() => PartnerConnection, { description: 'The partners matching a filter (all without one), ordered by id.' })
  partners(
    @Arg('filter', () => PartnerFilter, { nullable: true }) filter: PartnerFilter | null,
    @Args() page: PageArgs,
    @Ctx() ctx: Context,
  ): Promise<Connection<PartnerRecord>> {
    return ctx.services.partners.page(page, filter ?? {});
  }

  @FieldResolver(() => [SupportContact], { description: "The partner's support contacts." })
  contacts(@Root() partner: PartnerRecord, @Ctx() ctx: Context): Promise<SupportContactRecord[]> {
    return ctx.loaders.contactsByOwner.load(partner.id);
  }

  @FieldResolver(() => CustomerConnection, {
    description:
      "The customers this partner serves, ordered by id: it sold (direct partner, reseller) or supplied (indirect provider) one of their subscriptions. For a provider, its resellers' customers.",
  })
  customers(@Root() partner: PartnerRecord, @Args() page: PageArgs, @Ctx() ctx: Context): Promise<Connection<CustomerRecord>> {
    return ctx.services.partners.customers(partner.id, page);
  }

  @FieldResolver(() => PartnerConnection, { description: 'For an indirect provider: the resellers that buy through it, ordered by id.' })
  resellers(@Root() partner: PartnerRecord, @Args() page: PageArgs, @Ctx() ctx: Context): Promise<Connection<PartnerRecord>> {
    return ctx.services.partners.resellers(partner.id, page);
  }

  @FieldResolver(() => PartnerConnection, { description: 'For an indirect reseller: the providers it buys through, ordered by id.' })
  providers(@Root() partner: PartnerRecord, @Args() page: PageArgs, @Ctx() ctx: Context): Promise<Connection<PartnerRecord>> {
    return ctx.services.partners.providers(partner.id, page);
  }
}
