import { IssueType } from '../../domain/enums';
import { SupportGapKind } from '../../domain/support-gaps';
import type { Repositories } from '../../graph/repositories';
import type { SupportGapRecord } from '../../graph/repositories/support-gaps.repository';
import type { GraphTypeName } from '../../graph/records';
import type { Connection, PageArgs } from '../common/connection';
import type { Pager } from '../common/pager';
import type { Typed } from '../common/typed';
import type { NodeService } from '../node/node.service';

export interface SupportGapResult extends SupportGapRecord {
  detail: string;
}

const ENTITY_TYPE: Record<SupportGapKind, GraphTypeName> = {
  OFFER_WITHOUT_CUSTOMER_SUPPORT: 'Offer',
  PARTNER_WITHOUT_SUPPORT_DESK: 'Partner',
  RESELLER_WITHOUT_PROVIDER: 'Partner',
  RESPONSIBLE_STEP_WITHOUT_CONTACT: 'Subscription',
};

const ISSUE_ORDER = Object.values(IssueType);
type GapKey = [kind: SupportGapKind, entityId: string];
const isGapKey = (key: unknown[]): key is GapKey =>
  key.length === 2 && Object.values<unknown>(SupportGapKind).includes(key[0]) && typeof key[1] === 'string';

/** What a gap means, in plain words that cite the duty it keeps someone from meeting. */
export function describeGap(gap: SupportGapRecord): string {
  switch (gap.kind) {
    case SupportGapKind.OFFER_WITHOUT_CUSTOMER_SUPPORT:
      return `${gap.entityName} has no CUSTOMER_SUPPORT contact, on the offer or its publisher: the ISV must let partners and customers reach it for technical support.`;
    case SupportGapKind.PARTNER_WITHOUT_SUPPORT_DESK:
      return `${gap.entityName} has no SUPPORT_DESK contact: a CSP partner is its customers' first point of contact.`;
    case SupportGapKind.RESELLER_WITHOUT_PROVIDER:
      return `${gap.entityName} is an indirect reseller that buys through no indirect provider: in the indirect model the provider shares the partner's duties.`;
    case SupportGapKind.RESPONSIBLE_STEP_WITHOUT_CONTACT:
      return `${gap.entityName}'s subscription ${gap.entityId} to ${gap.offerName}: the party RESPONSIBLE for ${gap.issueTypes.join(', ')} has no ${gap.missingContactKinds.join(' or ')} contact, so nobody can be reached for the answer.`;
  }
}

export class SupportGapsService {
  constructor(
    private readonly repos: Repositories,
    private readonly nodes: NodeService,
    private readonly pager: Pager,
  ) {}

  /**
   * A page of the gaps of one kind (all when null), ordered by kind then entity id; issue types
   * in the order of the IssueType enum, contact kinds alphabetically. Throws BAD_USER_INPUT for a
   * bad `first` or `after`.
   */
  page(args: PageArgs, kind: SupportGapKind | null): Promise<Connection<SupportGapResult>> {
    return this.pager.listByKey<SupportGapResult, GapKey>(
      `Query.supportGaps:${kind ?? ''}`,
      args,
      { of: (gap) => [gap.kind, gap.entityId], is: isGapKey },
      async (after, limit) => {
        const page = await this.repos.supportGaps.page(kind, { after: after && { kind: after[0], entityId: after[1] }, limit });
        const nodes = page.nodes.map((gap) => {
          const ordered = {
            ...gap,
            issueTypes: ISSUE_ORDER.filter((t) => gap.issueTypes.includes(t)),
            missingContactKinds: [...gap.missingContactKinds].sort(),
          };
          return { ...ordered, detail: describeGap(ordered) };
        });
        return { nodes, totalCount: page.totalCount };
      },
    );
  }

  /** The offer, partner or subscription a gap is about, tagged with its type; null if it vanished since. */
  entity(gap: SupportGapRecord): Promise<Typed<object> | null> {
    return this.nodes.load(ENTITY_TYPE[gap.kind], gap.entityId);
  }
}
