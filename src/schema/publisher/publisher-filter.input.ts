import { Field, InputType } from 'type-graphql';

@InputType({ description: 'Which publishers to list; every filter given must hold.' })
export class PublisherFilter {
  @Field(() => String, { nullable: true, description: 'The name contains this text (case-insensitive).' })
  nameContains?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'True: Microsoft only; false: the third-party ISVs only.' })
  isMicrosoft?: boolean | null;
}
