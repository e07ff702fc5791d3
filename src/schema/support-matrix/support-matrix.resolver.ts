import { Arg, Authorized, Ctx, Query, Resolver } from 'type-graphql';
import { MAY } from '../../auth/roles';
import type { Context } from '../../context';
import type { SupportRuleRecord } from '../../graph/records';
import { IssueType, OfferCategory } from '../enums';
import { SupportRule } from './support-rule.type';

@Resolver(() => SupportRule)
export class SupportMatrixResolver {
  @Authorized(...MAY.readMatrix)
  @Query(() => [SupportRule], {
    description:
      'The support matrix as the graph holds it (the rules every path follows): third-party rules first, then by issue type. Optionally one offer category and/or one issue type.',
  })
  supportMatrix(
    @Arg('offerCategory', () => OfferCategory, { nullable: true }) offerCategory: OfferCategory | null,
    @Arg('issueType', () => IssueType, { nullable: true }) issueType: IssueType | null,
    @Ctx() ctx: Context,
  ): Promise<SupportRuleRecord[]> {
    return ctx.services.supportMatrix.rules({ offerCategory, issueType });
  }
}
