import type { IssueType, OfferCategory } from '../../domain/enums';
import type { Neo4jExecutor } from '../executor';
import { toSupportRule } from '../mappers';
import type { SupportRuleKey, SupportRuleRecord } from '../records';

/** Which rules of the matrix to list; null leaves a filter out. */
export interface SupportRuleQuery {
  offerCategory: OfferCategory | null;
  issueType: IssueType | null;
}

export class SupportMatrixRepository {
  constructor(private readonly db: Neo4jExecutor) {}

  /** One rule per key, in key order; `found: false` with no steps where the matrix has none. */
  async findRules(keys: readonly SupportRuleKey[]): Promise<SupportRuleRecord[]> {
    return (await this.db.read('unscoped/support-matrix/find-support-rules', { keys })).map(toSupportRule);
  }

  /** The matching rules: third-party rules first, then by issue type; steps ordered by rank. */
  async listRules(query: SupportRuleQuery): Promise<SupportRuleRecord[]> {
    return (await this.db.read('unscoped/support-matrix/list-support-rules', { ...query })).map(toSupportRule);
  }
}
