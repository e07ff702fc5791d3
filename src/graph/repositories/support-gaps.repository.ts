import type { IssueType } from '../../domain/enums';
import type { SupportGapKind } from '../../domain/support-gaps';
import type { Neo4jExecutor } from '../executor';
import type { Page } from '../records';
import { toSupportGap } from '../mappers';
import { readPage } from './paging';

/** One place the graph cannot answer well, as page-support-gaps.cypher finds it. */
export interface SupportGapRecord {
  kind: SupportGapKind;
  /** An offer, a partner or a subscription, by kind. */
  entityId: string;
  /** The offer's or partner's name; for a subscription, its customer's name. */
  entityName: string;
  /** For a subscription: its offer's name; null otherwise. */
  offerName: string | null;
  missingContactKinds: string[];
  /** For a subscription: the issue types whose path has the RESPONSIBLE step without a contact. */
  issueTypes: IssueType[];
  affectedCustomerCount: number;
  affectedSubscriptionCount: number;
}

/** Where a page of gaps starts: strictly after this (kind, entity id), or at the start. */
export interface SupportGapWindow {
  after: { kind: string; entityId: string } | null;
  limit: number;
}

export class SupportGapsRepository {
  constructor(private readonly db: Neo4jExecutor) {}

  /** Up to `limit` gaps (of one kind, or all) ordered by kind then entity id, and how many there are. */
  page(kind: SupportGapKind | null, { after, limit }: SupportGapWindow): Promise<Page<SupportGapRecord>> {
    return readPage(this.db, 'support-gaps/page-support-gaps', {
      kind,
      afterKind: after?.kind ?? null,
      afterId: after?.entityId ?? null,
      limit,
    }, toSupportGap);
  }
}
