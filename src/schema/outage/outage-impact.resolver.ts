import { Args, Authorized, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { MAY } from '../../auth/roles';
import type { Context } from '../../context';
import type { SupportContactRecord } from '../../graph/records';
import { Connection, PageArgs } from '../common/connection';
import { SupportContact } from '../contact/support-contact.type';
import { OutageImpactArgs } from './outage-impact.args';
import { ImpactedPartnerResult, OutageImpactResult } from './outage-impact.service';
import { ImpactedPartner, ImpactedPartnerConnection, OutageImpact } from './outage-impact.type';

@Resolver(() => OutageImpact)
export class OutageImpactResolver {
  @Authorized(...MAY.readOutageImpact)
  @Query(() => OutageImpact, {
    description:
      'Which partners to notify of an outage of a publisher (all its offers) or of one offer (ISV_ENABLEMENT: the ISV is expected to give partners outage notifications). Give exactly one of publisherId and offerId (BAD_USER_INPUT otherwise); NOT_FOUND for an unknown id.',
  })
  outageImpact(@Args() args: OutageImpactArgs, @Ctx() ctx: Context): Promise<OutageImpactResult> {
    return ctx.services.outageImpact.find(args);
  }

  @FieldResolver(() => ImpactedPartnerConnection, {
    description:
      'The partners to notify — partners of record, the indirect providers above affected resellers, designated support contacts — most affected customers first, then most subscriptions, then by id.',
  })
  partners(@Root() impact: OutageImpactResult, @Args() page: PageArgs, @Ctx() ctx: Context): Promise<Connection<ImpactedPartnerResult>> {
    return ctx.services.outageImpact.partners(impact, page);
  }
}

@Resolver(() => ImpactedPartner)
export class ImpactedPartnerResolver {
  @FieldResolver(() => [SupportContact], { description: "The partner's contacts, to send the notice to." })
  contacts(@Root() impacted: ImpactedPartnerResult, @Ctx() ctx: Context): Promise<SupportContactRecord[]> {
    return ctx.loaders.contactsByOwner.load(impacted.partner.id);
  }
}
