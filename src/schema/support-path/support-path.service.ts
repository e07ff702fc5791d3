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

/** The party a rule step binds to, and whether it stands in for the partner of record. */
export interface BoundParty {
  party: PartyRecord;
  /** True when the subscription's designated support contact takes the partner of record's step. */
  designated: boolean;
}

/**
 * The party of a subscription a rule step binds to, by its role; null when the subscription has
 * none. A designated support contact (Partner Center) takes the partner of record's step when
 * that step's duty is FIRST_CONTACT: it takes the customer's questions first, while owning an
 * answer (RESPONSIBLE) stays with the partner of record.
 */
export function partyForStep(step: { role: SupportRole; duty: SupportDuty }, parties: PathParties): BoundParty | null {
  const bound = (party: PartyRecord | null, designated = false) => (party ? { party, designated } : null);
  switch (step.role) {
    case SupportRole.PARTNER_OF_RECORD:
      return parties.designatedSupport && step.duty === SupportDuty.FIRST_CONTACT
        ? bound(parties.designatedSupport, true)
        : bound(parties.partnerOfRecord);
    case SupportRole.INDIRECT_PROVIDER:
      return bound(parties.indirectProvider);
    case SupportRole.PUBLISHER:
      return bound(parties.publisher);
    case SupportRole.MICROSOFT:
      return bound(parties.microsoft);
  }
}

/** THIRD_PARTY unless Microsoft publishes the offer. */
export function offerCategoryOf(publisher: PublisherRecord): OfferCategory {
  return publisher.isMicrosoft ? OfferCategory.FIRST_PARTY : OfferCategory.THIRD_PARTY;
}

/**
 * Binds a rule's steps to concrete parties: steps whose role has no party are left out, the rest
 * are ranked 1..n in rule order, and each keeps only the contacts of the kinds its rule names
 * (in that order), listing the kinds nobody answers for as missing. `contactsByRole` holds the
 * contacts of the party each role's step binds to (see partyForStep).
 */
export function assembleSteps(
  ruleSteps: readonly SupportRuleStepRecord[],
  parties: PathParties,
  contactsByRole: ReadonlyMap<SupportRole, SupportContactRecord[]>,
): SupportStepResult[] {
  const steps: SupportStepResult[] = [];
  for (const ruleStep of [...ruleSteps].sort((a, b) => a.rank - b.rank)) {
    const bound = partyForStep(ruleStep, parties);
    if (!bound) continue;
    const { party, designated } = bound;
    const available = contactsByRole.get(ruleStep.role) ?? [];
    const who = designated
      ? `designated support contact of this subscription, in place of the partner of record ${parties.partnerOfRecord.name}`
      : ROLE_LABEL[ruleStep.role];
    const contacts = ruleStep.contactKinds.flatMap((kind) => available.filter((c) => c.kind === kind));
    steps.push({
      rank: steps.length + 1,
      role: ruleStep.role,
      duty: ruleStep.duty,
      party,
      contacts,
      missingContactKinds: ruleStep.contactKinds.filter((kind) => !available.some((c) => c.kind === kind)),
      reason: `${party.name} (${who}) ${DUTY_PHRASE[ruleStep.duty]}: ${ruleStep.reason}.`,
    });
  }
  return steps;
}

export class SupportPathService {
  /** "Now" for this request: one moment for every path it assembles (and one loader batch). */
  private readonly now = new Date().toISOString();

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
    const at = args.at ? args.at.toISOString() : this.now;
    const subscriptionId = await this.pickSubscription(args.customerId, args.offerId, args.subscriptionId ?? null, at);
    return this.pathOf(subscriptionId, args.issueType, at);
  }

  /**
   * The support paths of every current subscription of a customer for one issue type, ordered by
   * subscription id ([] for an unknown customer). Loader-backed, so the paths of many customers
   * cost one round trip per step of assembly. Throws NOT_FOUND when the matrix has no rule for
   * one of them.
   */
  async overview(customerId: string, issueType: IssueType): Promise<SupportPathResult[]> {
    const subscriptions = await this.loaders.subscriptionsByCustomer.load(customerId);
    return Promise.all(subscriptions.map((s) => this.pathOf(s.id, issueType, this.now)));
  }

  private async pathOf(subscriptionId: string, issueType: IssueType, at: string): Promise<SupportPathResult> {
    const parties = await this.loaders.pathParties.load({ subscriptionId, at });
    if (!parties) throw new NotFoundError(`No subscription with id "${subscriptionId}".`, { field: 'subscriptionId' });

    const offerCategory = offerCategoryOf(parties.publisher);
    const rule = await this.loaders.supportRule.load({ offerCategory, issueType, matrixVersion: parties.matrixVersion });
    if (!rule.found) {
      throw new NotFoundError(`The support matrix has no rule for ${issueType} issues on ${offerCategory} offers.`, {
        field: 'issueType',
      });
    }

    const contactsByRole = new Map<SupportRole, SupportContactRecord[]>();
    await Promise.all(
      rule.steps.map(async (step) => {
        const bound = partyForStep(step, parties);
        if (!bound) return;
        const contacts =
          step.role === SupportRole.PUBLISHER ? this.contacts.ofOffer(parties.offer.id, parties.publisher.id) : this.contacts.ofParty(bound.party.id);
        contactsByRole.set(step.role, await contacts);
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
      designatedSupportId: parties.designatedSupport?.id ?? null,
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
