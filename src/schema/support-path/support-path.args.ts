import { GraphQLDateTime } from 'graphql-scalars';
import { ArgsType, Field, ID } from 'type-graphql';
import { ContactAudience, IssueType } from '../enums';

@ArgsType()
export class SupportPathArgs {
  @Field(() => ID)
  customerId!: string;

  @Field(() => ID)
  offerId!: string;

  @Field(() => IssueType)
  issueType!: IssueType;

  @Field(() => ID, {
    nullable: true,
    description: 'Which subscription, when the customer has more than one to the offer (required then).',
  })
  subscriptionId?: string;

  @Field(() => GraphQLDateTime, {
    nullable: true,
    description: 'Answer as of this moment: the subscription and the parties it had then (default: now).',
  })
  at?: Date;

  @Field(() => ContactAudience, {
    nullable: true,
    defaultValue: ContactAudience.PARTNERS,
    description:
      "Whose view: PARTNERS (a partner agent: every contact partners may use) or CUSTOMERS (the customer: only contacts given to customers; a party with none is reached through the path's first step).",
  })
  audience?: ContactAudience | null;
}
