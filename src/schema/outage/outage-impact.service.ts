import { ImpactedPartnerRole, impactedPartnerRoles } from '../../domain/outage';
import { BadUserInputError, NotFoundError } from '../../errors/domain-errors';
import type { Repositories } from '../../graph/repositories';
import type { OfferRecord, PartnerRecord, PublisherRecord } from '../../graph/records';
import type { Connection, PageArgs } from '../common/connection';
import type { Pager } from '../common/pager';

export interface OutageImpactResult {
  publisher: PublisherRecord;
  offers: OfferRecord[];
  affectedCustomerCount: number;
  affectedSubscriptionCount: number;
}

export interface ImpactedPartnerResult {
  partner: PartnerRecord;
  roles: ImpactedPartnerRole[];
  affectedCustomerCount: number;
  affectedSubscriptionCount: number;
}

type ImpactKey = [customerCount: number, subscriptionCount: number, partnerId: string];
const isImpactKey = (key: unknown[]): key is ImpactKey =>
  key.length === 3 && Number.isInteger(key[0]) && Number.isInteger(key[1]) && typeof key[2] === 'string';

export class OutageImpactService {
  constructor(
    private readonly repos: Repositories,
    private readonly pager: Pager,
  ) {}

  /**
   * What an outage of a publisher (all its offers) or of one offer reaches. Throws BAD_USER_INPUT
   * unless exactly one of the two ids is given, NOT_FOUND when it names nothing.
   */
  async find(target: { publisherId?: string | null; offerId?: string | null }): Promise<OutageImpactResult> {
    const publisherId = target.publisherId ?? null;
    const offerId = target.offerId ?? null;
    if ((publisherId === null) === (offerId === null)) {
      throw new BadUserInputError('Give either publisherId or offerId.', { field: publisherId === null ? 'publisherId' : 'offerId' });
    }
    const scope = await this.repos.outage.findScope({ publisherId, offerId });
    if (!scope.publisher) {
      throw publisherId
        ? new NotFoundError(`No publisher with id "${publisherId}".`, { field: 'publisherId' })
        : new NotFoundError(`No offer with id "${offerId}".`, { field: 'offerId' });
    }
    return {
      publisher: scope.publisher,
      offers: scope.offers,
      affectedCustomerCount: scope.customerCount,
      affectedSubscriptionCount: scope.subscriptionCount,
    };
  }

  /**
   * A page of the partners who must hear of the outage — partners of record, the indirect
   * providers above them, designated support contacts — most affected customers first, then most
   * subscriptions, then by id. Throws BAD_USER_INPUT for a bad `first` or `after`.
   */
  partners(impact: OutageImpactResult, args: PageArgs): Promise<Connection<ImpactedPartnerResult>> {
    const offerIds = impact.offers.map((o) => o.id);
    return this.pager.listByKey<ImpactedPartnerResult, ImpactKey>(
      `OutageImpact.partners:${offerIds.join(',')}`,
      args,
      { of: (p) => [p.affectedCustomerCount, p.affectedSubscriptionCount, p.partner.id], is: isImpactKey },
      async (after, limit) => {
        const key = after && { customerCount: after[0], subscriptionCount: after[1], partnerId: after[2] };
        const page = await this.repos.outage.pagePartners(offerIds, key, limit);
        const nodes = page.nodes.map(({ links, ...rest }) => ({ ...rest, roles: impactedPartnerRoles(links, rest.partner.kind) }));
        return { nodes, totalCount: page.totalCount };
      },
    );
  }
}
