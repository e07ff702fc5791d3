import { createUnionType, Field, Float, ObjectType } from 'type-graphql';
import { resolveTaggedType } from '../common/typed';
import { Customer } from '../customer/customer.type';
import { Offer } from '../offer/offer.type';
import { Partner } from '../partner/partner.type';
import { Publisher } from '../publisher/publisher.type';

export const SearchResult = createUnionType({
  name: 'SearchResult',
  description: 'What the search box finds: a customer, a partner, a publisher or an offer.',
  types: () => [Customer, Partner, Publisher, Offer] as const,
  resolveType: resolveTaggedType,
});

@ObjectType({ description: 'One search result and how well its name matched.' })
export class SearchHit {
  @Field(() => Float, { description: 'Full-text relevance; higher is better. Results come best first.' })
  score!: number;

  @Field(() => SearchResult)
  node!: typeof SearchResult;
}
