import { Arg, Args, Authorized, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { MAY } from '../../auth/roles';
import type { Context } from '../../context';
import { SupportGapKind } from '../../domain/support-gaps';
import { Connection, PageArgs } from '../common/connection';
import { SupportGapResult } from './support-gaps.service';
import { SupportGap, SupportGapConnection, SupportGapEntity } from './support-gap.type';

@Resolver(() => SupportGap)
export class SupportGapsResolver {
  @Authorized(...MAY.readSupport)
  @Query(() => SupportGapConnection, {
    description:
      'Every place the graph cannot answer a support question well, with whom it affects: ordered by kind, then entity id. Mend the data and the gap disappears.',
  })
  supportGaps(
    @Arg('kind', () => SupportGapKind, { nullable: true, description: 'Only gaps of this kind.' }) kind: SupportGapKind | null,
    @Args() page: PageArgs,
    @Ctx() ctx: Context,
  ): Promise<Connection<SupportGapResult>> {
    return ctx.services.supportGaps.page(page, kind ?? null);
  }

  @FieldResolver(() => SupportGapEntity)
  async entity(@Root() gap: SupportGapResult, @Ctx() ctx: Context): Promise<object> {
    return (await ctx.services.supportGaps.entity(gap))!;
  }
}
