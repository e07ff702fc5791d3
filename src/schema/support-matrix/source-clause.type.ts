import { Field, ObjectType } from 'type-graphql';
import { ArticleClause } from '../enums';

@ObjectType({ description: 'A clause of the source article a support step rests on: the French original and a translation.' })
export class SourceClause {
  @Field(() => ArticleClause)
  clause!: ArticleClause;

  @Field({ description: 'The article\'s own words (French), verbatim; empty for PROGRAM_PRACTICE, which goes beyond the article.' })
  quote!: string;

  @Field({ description: 'The clause in English.' })
  translation!: string;
}
