import { Field, FieldResolver, Int, ObjectType, Resolver, Root } from 'type-graphql';
import type { SourceClauseRecord, SupportRuleStepRecord } from '../../graph/records';
import { articleClauses } from '../../graph/seed-loader';
import { ContactKind, IssueType, OfferCategory, OfferType, ResourceKind, SupportDuty, SupportRole } from '../enums';
import { SourceClause } from './source-clause.type';

@ObjectType({ description: 'One step of a support rule, before it is bound to the parties of a subscription.' })
export class SupportRuleStep {
  @Field(() => Int)
  rank!: number;

  @Field(() => SupportRole)
  role!: SupportRole;

  @Field(() => SupportDuty)
  duty!: SupportDuty;

  @Field(() => [ContactKind], { description: "The kinds of the party's contacts a path shows at this step." })
  contactKinds!: ContactKind[];

  @Field(() => [OfferType], { nullable: true, description: 'The offer types the step is limited to; null: every offer.' })
  offerTypes!: OfferType[] | null;

  @Field(() => [ResourceKind], { description: "The kinds of the offer's resources the step carries." })
  resourceKinds!: ResourceKind[];
}

@Resolver(() => SupportRuleStep)
export class SupportRuleStepResolver {
  @FieldResolver(() => [SourceClause], { description: 'The clauses of the article (or PROGRAM_PRACTICE) the step rests on: why this party is here.' })
  clauses(@Root() step: SupportRuleStepRecord): SourceClauseRecord[] {
    const table = articleClauses();
    return step.clauses.map((id) => table.get(id)!);
  }
}

@ObjectType({ description: 'A row of the support matrix: the ordered steps an issue type takes on one category of offer.' })
export class SupportRule {
  @Field(() => OfferCategory)
  offerCategory!: OfferCategory;

  @Field(() => IssueType)
  issueType!: IssueType;

  @Field(() => [SupportRuleStep], { description: 'Ordered by rank.' })
  steps!: SupportRuleStep[];
}
