import type { ProfiledPlan } from 'neo4j-driver';

/** The scope of a caller who sees everything (a local analyst), as the service's statements take it. */
export const SCOPE_ALL = { all: true, partnerId: null, publisherId: null };

/** Every db hit of a profiled plan, its operators' and their children's. */
export function dbHits(plan: ProfiledPlan): number {
  return plan.dbHits + plan.children.reduce((sum, child) => sum + dbHits(child), 0);
}
