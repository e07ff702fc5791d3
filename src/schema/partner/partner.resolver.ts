import { Arg, Authorized, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { MAY } from '../../auth/roles';
import type { Context } from '../../context';
import type { PartnerRecord, SupportContactRecord } from '../../graph/records';
import { SupportContact } from '../contact/support-contact.type';
import { Partner } from './partner.type';

@Resolver(() => Partner)
export class PartnerResolver {
  @Authorized(...MAY.browse)
  @Query(() => Partner, { nullable: true, description: 'A partner by id, or null.' })
  partner(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<PartnerRecord | null> {
    return ctx.loaders.partner.load(id);
  }

  @FieldResolver(() => [SupportContact], { description: "The partner's support contacts." })
  contacts(@Root() partner: PartnerRecord, @Ctx() ctx: Context): Promise<SupportContactRecord[]> {
    return ctx.loaders.contactsByOwner.load(partner.id);
  }
}
