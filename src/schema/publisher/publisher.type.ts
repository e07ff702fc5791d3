import { Field, ID, ObjectType } from 'type-graphql';
import { ConnectionType } from '../common/connection';
import { SupportParty } from '../party/support-party.interface';

@ObjectType({ implements: SupportParty, description: 'Who publishes offers: an ISV, or Microsoft for first-party products.' })
export class Publisher implements SupportParty {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field()
  isMicrosoft!: boolean;
}

export const PublisherConnection = ConnectionType(Publisher, 'Publisher');
