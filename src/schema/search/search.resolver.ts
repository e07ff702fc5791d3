import { Arg, Authorized, Ctx, Int, Query, Resolver } from 'type-graphql';
import { MAY } from '../../auth/roles';
import type { Context } from '../../context';
import { SearchHitResult } from './search.service';
import { SearchHit } from './search.type';

@Resolver(() => SearchHit)
export class SearchResolver {
  @Authorized(...MAY.browse)
  @Query(() => [SearchHit], {
    description:
      'One search box across customers, partners, publishers and offers, by name: every word must match a word of the name, whole or as its beginning. Best matches first. BAD_USER_INPUT for a text with no letter or digit.',
  })
  search(
    @Arg('text') text: string,
    @Arg('first', () => Int, { nullable: true, description: 'How many results (default 20, at most the configured maximum).' }) first: number | null,
    @Ctx() ctx: Context,
  ): Promise<SearchHitResult[]> {
    return ctx.services.search.search(text, first ?? undefined);
  }
}
