import { Field, ID, ObjectType } from 'type-graphql';
import { PartnerKind } from '../enums';
import { SupportParty } from '../party/support-party.interface';

@ObjectType({ implements: SupportParty, description: 'A CSP partner.' })
export class Partner implements SupportParty {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field(() => PartnerKind)
  kind!: PartnerKind;
}
