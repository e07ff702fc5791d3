import type { Neo4jExecutor } from '../executor';
import type { SupportRuleKey, SupportRuleRecord } from '../records';

export class SupportMatrixRepository {
  constructor(private readonly db: Neo4jExecutor) {}

  /** One rule per key, in key order; `found: false` with no steps where the matrix has none. */
  findRules(keys: readonly SupportRuleKey[]): Promise<SupportRuleRecord[]> {
    return this.db.read<SupportRuleRecord>('support-matrix/find-support-rules', { keys });
  }

  /** The whole matrix: third-party rules first, then by issue type; steps ordered by rank. */
  listRules(): Promise<SupportRuleRecord[]> {
    return this.db.read<SupportRuleRecord>('support-matrix/list-support-rules');
  }
}
