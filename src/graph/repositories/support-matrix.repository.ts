import type { IssueType, OfferCategory } from '../../domain/enums';
import type { Neo4jExecutor } from '../executor';
import { toSupportRule } from '../mappers';
import { supportMatrixCache } from '../support-matrix-cache';
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

  /**
   * findRules answered from this process's copy of the matrix when the copy is at `version` (the
   * version read with the path); the other keys are read and kept.
   */
  async findRulesAt(keys: readonly SupportRuleKey[], version: number | null): Promise<SupportRuleRecord[]> {
    const cache = supportMatrixCache(this.db.driver);
    const missing = keys.filter((key) => !cache.get(version, key));
    const read = missing.length ? await this.findRules(missing) : [];
    cache.put(version, read);
    const fresh = new Map(read.map((r) => [`${r.offerCategory}:${r.issueType}`, r]));
    return keys.map((key) => fresh.get(`${key.offerCategory}:${key.issueType}`) ?? cache.get(version, key)!);
  }

  /** The matching rules: third-party rules first, then by issue type; steps ordered by rank. */
  async listRules(query: SupportRuleQuery): Promise<SupportRuleRecord[]> {
    return (await this.db.read('unscoped/support-matrix/list-support-rules', { ...query })).map(toSupportRule);
  }
}
