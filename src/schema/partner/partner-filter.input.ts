import { Field, InputType } from 'type-graphql';
import { PartnerKind } from '../enums';

@InputType({ description: 'Which partners to list; every filter given must hold.' })
export class PartnerFilter {
  @Field(() => String, { nullable: true, description: 'The name contains this text (case-insensitive).' })
  nameContains?: string | null;

  @Field(() => PartnerKind, { nullable: true })
  kind?: PartnerKind | null;
}
