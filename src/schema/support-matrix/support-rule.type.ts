import { Field, Int, ObjectType } from 'type-graphql';
import { IssueType, OfferCategory, SupportDuty, SupportRole } from '../enums';

@ObjectType({ description: 'One step of a support rule, before it is bound to the parties of a subscription.' })
export class SupportRuleStep {
  @Field(() => Int)
  rank!: number;

  @Field(() => SupportRole)
  role!: SupportRole;

  @Field(() => SupportDuty)
  duty!: SupportDuty;

  @Field(() => [String], { description: "The kinds of the party's contacts a path shows at this step." })
  contactKinds!: string[];

  @Field({ description: 'The duty the step rests on, in plain words (from the program rules).' })
  reason!: string;
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
