import { Field, ID, ObjectType } from 'type-graphql';
import { ResourceKind } from '../enums';

@ObjectType({ description: 'What an ISV gives partners for one offer (a URL).' })
export class Resource {
  @Field(() => ID)
  id!: string;

  @Field(() => ResourceKind)
  kind!: ResourceKind;

  @Field()
  url!: string;
}
