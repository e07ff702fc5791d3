import type { IssueType, OfferCategory } from '../../domain/enums';
import type { Repositories } from '../../graph/repositories';
import type { SupportRuleRecord } from '../../graph/records';

export class SupportMatrixService {
  constructor(private readonly repos: Repositories) {}

  /** The rules of the matrix in the graph, all or those of one category and/or issue type; third-party first, then by issue type. */
  rules(filter: { offerCategory?: OfferCategory | null; issueType?: IssueType | null }): Promise<SupportRuleRecord[]> {
    return this.repos.supportMatrix.listRules({ offerCategory: filter.offerCategory ?? null, issueType: filter.issueType ?? null });
  }
}
