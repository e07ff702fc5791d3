import { Field, ID, ObjectType } from 'type-graphql';
import { ContactAudience, ContactKind } from '../enums';

@ObjectType({ description: 'A way to reach a party for one purpose.' })
export class SupportContact {
  @Field(() => ID)
  id!: string;

  @Field(() => ContactKind, {
    description:
      'Purpose: ENGINEERING, CUSTOMER_SUPPORT or CSP_PROGRAM for an ISV; SUPPORT_DESK for a partner; PARTNER_SUPPORT for Microsoft.',
  })
  kind!: ContactKind;

  @Field(() => [ContactAudience], {
    description: 'Who may use it: PARTNERS, CUSTOMERS, or both (the ISV opens a direct line to partners and/or customers).',
  })
  audience!: ContactAudience[];

  @Field(() => String, { nullable: true })
  name!: string | null;

  @Field(() => String, { nullable: true })
  email!: string | null;

  @Field(() => String, { nullable: true })
  phone!: string | null;

  @Field(() => String, { nullable: true })
  url!: string | null;

  @Field(() => String, { nullable: true, description: 'When the contact answers, in plain text.' })
  hours!: string | null;

  @Field(() => String, { nullable: true, description: 'Service-level commitment, in plain text.' })
  sla!: string | null;
}
