import { Field, ID, ObjectType } from 'type-graphql';
import { ConnectionType } from '../common/connection';
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

export const PartnerConnection = ConnectionType(Partner, 'Partner');
