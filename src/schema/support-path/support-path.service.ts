import { IssueType, OfferCategory, SalesModel, SupportDuty, SupportRole } from '../../domain/enums';
import { salesModelOf } from '../../domain/sales-model';
import { BadUserInputError, NotFoundError } from '../../errors/domain-errors';
import type { Repositories } from '../../graph/repositories';
import type { PathParties } from '../../graph/repositories/support-path.repository';
import type {
  CustomerRecord,
  OfferRecord,
  PartnerRecord,
  PublisherRecord,
  SubscriptionRecord,
  SupportContactRecord,
  SupportRuleStepRecord,
} from '../../graph/records';
import type { Loaders } from '../../loaders/create-loaders';
import type { ContactService } from '../contact/contact.service';

export type PartyRecord = PartnerRecord | PublisherRecord;

export interface SupportStepResult {
  rank: number;
  role: SupportRole;
  duty: SupportDuty;
  party: PartyRecord;
  contacts: SupportContactRecord[];
  missingContactKinds: string[];
  reason: string;
}

export interface SupportPathResult {
  customer: CustomerRecord;
  offer: OfferRecord;
  subscription: SubscriptionRecord;
  issueType: IssueType;
  salesModel: SalesModel;
  offerCategory: OfferCategory;
  steps: SupportStepResult[];
  hasGaps: boolean;
}

const ROLE_LABEL: Record<SupportRole, string> = {
  PARTNER_OF_RECORD: 'partner of record',
  INDIRECT_PROVIDER: 'indirect provider',
  PUBLISHER: 'publisher',
  MICROSOFT: 'operator of the commerce system',
};

const DUTY_PHRASE: Record<SupportDuty, string> = {
  FIRST_CONTACT: 'takes the question first and may route it',
  RESPONSIBLE: 'owns the answer',
  SHARED: "shares the partner's duty",
  PLATFORM: 'supports the partner behind the scenes, not the customer directly',
};

/** The party of a subscription that each role binds to; null when the subscription has none. */
export function partyForRole(role: SupportRole, parties: PathParties): PartyRecord | null {
  switch (role) {
    case SupportRole.PARTNER_OF_RECORD:
      return parties.partnerOfRecord;
    case SupportRole.INDIRECT_PROVIDER:
      return parties.indirectProvider;
    case SupportRole.PUBLISHER:
      return parties.publisher;
    case SupportRole.MICROSOFT:
      return parties.microsoft;
  }
}

/** THIRD_PARTY unless Microsoft publishes the offer. */
export function offerCategoryOf(publisher: PublisherRecord): OfferCategory {
  return publisher.isMicrosoft ? OfferCategory.FIRST_PARTY : OfferCategory.THIRD_PARTY;
}

/**
 * Binds a rule's steps to concrete parties: steps whose role has no party are left out, the rest
 * are ranked 1..n in rule order, and each keeps only the contacts of the kinds its rule names
 * (in that order), listing the kinds nobody answers for as missing.
 */
export function assembleSteps(
  ruleSteps: readonly SupportRuleStepRecord[],
  parties: PathParties,
  contactsByRole: ReadonlyMap<SupportRole, SupportContactRecord[]>,
): SupportStepResult[] {
  const steps: SupportStepResult[] = [];
  for (const ruleStep of [...ruleSteps].sort((a, b) => a.rank - b.rank)) {
    const party = partyForRole(ruleStep.role, parties);
    if (!party) continue;
    const available = contactsByRole.get(ruleStep.role) ?? [];
    const contacts = ruleStep.contactKinds.flatMap((kind) => available.filter((c) => c.kind === kind));
    steps.push({
      rank: steps.length + 1,
      role: ruleStep.role,
      duty: ruleStep.duty,
      party,
      contacts,
      missingContactKinds: ruleStep.contactKinds.filter((kind) => !available.some((c) => c.kind === kind)),
      reason: `${party.name} (${ROLE_LABEL[ruleStep.role]}) ${DUTY_PHRASE[ruleStep.duty]}: ${ruleStep.reason}.`,
    });
  }
  return steps;
}

export class SupportPathService {
  constructor(
    private readonly repos: Repositories,
    private readonly loaders: Loaders,
    private readonly contacts: ContactService,
  ) {}

  /**
   * The support path of one subscription for an issue type, read from the matrix in the graph,
   * with the subscription's parties as they were at `at` (default: now).
   * Throws NOT_FOUND for an unknown customer or offer, a customer without that offer, or a matrix
   * with no rule for the case; BAD_USER_INPUT when several subscriptions match and none is named.
   */
  async find(args: { customerId: string; offerId: string; issueType: IssueType; subscriptionId?: string | null; at?: Date | null }): Promise<SupportPathResult> {
    const { customerId, offerId, issueType } = args;
    const at = (args.at ?? new Date()).toISOString();
    const subscriptionId = await this.pickSubscription(customerId, offerId, args.subscriptionId ?? null, at);
    const parties = await this.repos.supportPath.findPathParties(subscriptionId, at);
    if (!parties) throw new NotFoundError(`No subscription with id "${subscriptionId}".`, { field: 'subscriptionId' });

    const offerCategory = offerCategoryOf(parties.publisher);
    const rule = await this.loaders.supportRule.load({ offerCategory, issueType });
    if (!rule.found) {
      throw new NotFoundError(`The support matrix has no rule for ${issueType} issues on ${offerCategory} offers.`, {
        field: 'issueType',
      });
    }

    const contactsByRole = new Map<SupportRole, SupportContactRecord[]>();
    await Promise.all(
      rule.steps.map(async ({ role }) => {
        const party = partyForRole(role, parties);
        if (!party) return;
        const contacts =
          role === SupportRole.PUBLISHER ? this.contacts.ofOffer(parties.offer.id, parties.publisher.id) : this.contacts.ofParty(party.id);
        contactsByRole.set(role, await contacts);
      }),
    );
    const steps = assembleSteps(rule.steps, parties, contactsByRole);

    const subscription: SubscriptionRecord = {
      id: subscriptionId,
      customerId: parties.customer.id,
      offerId: parties.offer.id,
      partnerOfRecordId: parties.partnerOfRecord.id,
      partnerKind: parties.partnerOfRecord.kind,
      indirectProviderId: parties.indirectProvider?.id ?? null,
      startedAt: parties.startedAt,
      endedAt: parties.endedAt,
    };
    return {
      customer: parties.customer,
      offer: { ...parties.offer, publisherId: parties.publisher.id },
      subscription,
      issueType,
      salesModel: salesModelOf(parties.partnerOfRecord.kind),
      offerCategory,
      steps,
      hasGaps: steps.some((s) => s.missingContactKinds.length > 0),
    };
  }

  private async pickSubscription(customerId: string, offerId: string, subscriptionId: string | null, at: string): Promise<string> {
    const found = await this.repos.supportPath.findSubscriptionCandidates(customerId, offerId, subscriptionId, at);
    if (!found.customerFound) throw new NotFoundError(`No customer with id "${customerId}".`, { field: 'customerId' });
    if (!found.offerFound) throw new NotFoundError(`No offer with id "${offerId}".`, { field: 'offerId' });
    const ids = found.subscriptionIds;
    if (ids.length === 0) {
      const which = subscriptionId ? `no subscription "${subscriptionId}"` : 'no subscription';
      throw new NotFoundError(`Customer "${customerId}" has ${which} to offer "${offerId}".`, {
        field: subscriptionId ? 'subscriptionId' : 'offerId',
      });
    }
    if (ids.length > 1) {
      throw new BadUserInputError(
        `Customer "${customerId}" has ${ids.length} subscriptions to offer "${offerId}"; pass subscriptionId to choose one.`,
        { field: 'subscriptionId', candidateSubscriptionIds: ids },
      );
    }
    return ids[0];
  }
}
