import { Field, ID, InterfaceType } from 'type-graphql';

/** A party a support step can bind to. Partner and Publisher (Microsoft is one) implement it. */
@InterfaceType({
  description: 'A party a support step binds to: a CSP partner, or a publisher (Microsoft is one).',
  // Publisher records always carry `isMicrosoft`; partner records never do.
  resolveType: (value: object) => ('isMicrosoft' in value ? 'Publisher' : 'Partner'),
})
export abstract class SupportParty {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;
}
