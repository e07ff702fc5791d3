import type { Driver } from 'neo4j-driver';
import type { SupportRuleKey, SupportRuleRecord } from './records';

const keyOf = (key: SupportRuleKey) => `${key.offerCategory}:${key.issueType}`;

/**
 * This process's copy of the support matrix rules read so far, tagged with the matrix version
 * they were read at or after. Every matrix write moves the version in the graph
 * (upsert/upsert-support-rules), and a path reads the version with its parties, so a copy at
 * another version is never used, whichever instance wrote the matrix. Rules read after the
 * version was read may be newer than it, never older: the worst a race costs is one more read.
 */
export class SupportMatrixCache {
  private version: number | null | undefined;
  private rules = new Map<string, SupportRuleRecord>();

  /** The cached rule for the key if the copy is at `version`. */
  get(version: number | null, key: SupportRuleKey): SupportRuleRecord | undefined {
    return this.version === version ? this.rules.get(keyOf(key)) : undefined;
  }

  /** Keeps rules read at (or after reading) `version`; a copy at another version is dropped first. */
  put(version: number | null, records: readonly SupportRuleRecord[]): void {
    if (this.version !== version) {
      this.version = version;
      this.rules = new Map();
    }
    for (const record of records) this.rules.set(keyOf(record), record);
  }
}

const caches = new WeakMap<Driver, SupportMatrixCache>();

/** The matrix cache of the database this driver connects to, one per driver (so per database and process). */
export function supportMatrixCache(driver: Driver): SupportMatrixCache {
  let cache = caches.get(driver);
  if (!cache) {
    cache = new SupportMatrixCache();
    caches.set(driver, cache);
  }
  return cache;
}
