import { BadUserInputError } from '../../errors/domain-errors';
import type { Repositories } from '../../graph/repositories';
import type { CustomerRecord, OfferRecord, PartnerRecord, PublisherRecord } from '../../graph/records';
import { readPageArgs } from '../common/connection';
import type { Pager } from '../common/pager';
import { Typed, typed } from '../common/typed';
import { toNameQuery } from './lucene-query';

export interface SearchHitResult {
  score: number;
  node: Typed<CustomerRecord | PartnerRecord | PublisherRecord | OfferRecord>;
}

const MAX_SEARCH_TEXT = 200;

export class SearchService {
  constructor(
    private readonly repos: Repositories,
    private readonly pager: Pager,
  ) {}

  /**
   * Customers, partners, publishers and offers whose names match `text` (see toNameQuery), best
   * first, at most `first`. Throws BAD_USER_INPUT for a `first` past the cap, a text longer than
   * MAX_SEARCH_TEXT, or one with no letter or digit.
   */
  async search(text: string, first: number | undefined): Promise<SearchHitResult[]> {
    const { limit } = readPageArgs({ first }, this.pager.maxPageSize, 'Query.search');
    if (text.length > MAX_SEARCH_TEXT) {
      throw new BadUserInputError(`\`text\` is longer than ${MAX_SEARCH_TEXT} characters.`, { field: 'text' });
    }
    const query = toNameQuery(text);
    if (query === null) throw new BadUserInputError('`text` needs at least one letter or digit.', { field: 'text' });
    const rows = await this.repos.search.searchNames(query, limit);
    return rows.map((row) => ({ score: row.score, node: typed(row.type, row.record) }));
  }
}
