import type { IssueType, OfferCategory } from '../../domain/enums';
import type { Neo4jExecutor } from '../executor';
import type { SupportRuleKey, SupportRuleRecord } from '../records';

/** Which rules of the matrix to list; null leaves a filter out. */
export interface SupportRuleQuery {
  offerCategory: OfferCategory | null;
  issueType: IssueType | null;
}

export class SupportMatrixRepository {
  constructor(private readonly db: Neo4jExecutor) {}

  /** One rule per key, in key order; `found: false` with no steps where the matrix has none. */
  findRules(keys: readonly SupportRuleKey[]): Promise<SupportRuleRecord[]> {
    return this.db.read<SupportRuleRecord>('support-matrix/find-support-rules', { keys });
  }

  /** The matching rules: third-party rules first, then by issue type; steps ordered by rank. */
  listRules(query: SupportRuleQuery): Promise<SupportRuleRecord[]> {
    return this.db.read<SupportRuleRecord>('support-matrix/list-support-rules', { ...query });
  }
}
