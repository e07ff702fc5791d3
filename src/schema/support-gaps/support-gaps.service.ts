import { GAP_ENTITY_TYPE, presentGap, SupportGapKind } from '../../domain/support-gaps';
import type { Repositories } from '../../graph/repositories';
import type { SupportGapRecord } from '../../graph/repositories/support-gaps.repository';
import type { Connection, PageArgs } from '../common/connection';
import type { Pager } from '../common/pager';
import type { Typed } from '../common/typed';
import type { NodeService } from '../node/node.service';

export interface SupportGapResult extends SupportGapRecord {
  detail: string;
}

type GapKey = [kind: SupportGapKind, entityId: string];
const isGapKey = (key: unknown[]): key is GapKey =>
  key.length === 2 && Object.values<unknown>(SupportGapKind).includes(key[0]) && typeof key[1] === 'string';

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
        return { nodes: page.nodes.map(presentGap), totalCount: page.totalCount };
      },
    );
  }

  /** The offer, partner or subscription a gap is about, tagged with its type; null if it vanished since. */
  entity(gap: SupportGapRecord): Promise<Typed<object> | null> {
    return this.nodes.load(GAP_ENTITY_TYPE[gap.kind], gap.entityId);
  }
}
