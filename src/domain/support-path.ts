import { IssueType, OfferCategory, SalesModel, SupportDuty, SupportRole } from './enums';
import { salesModelOf } from './sales-model';
import type { PathParties, SubscriptionPeriod } from '../graph/repositories/support-path.repository';
import type {
  CustomerRecord,
  OfferRecord,
  PartnerRecord,
  PublisherRecord,
  SubscriptionRecord,
  SupportContactRecord,
  SupportRuleStepRecord,
} from '../graph/records';

/*
 * How a support path is assembled from the matrix and a subscription's parties (docs/queries.md,
 * "How a path is assembled"): pure functions over plain records, no database.
 */

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

/** The subscription a path answers for, as its parties were at the path's moment. */
export function subscriptionOfPath(subscriptionId: string, parties: PathParties & SubscriptionPeriod): SubscriptionRecord {
  return {
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
}

/** The whole path: the subscription, its sales model and offer category, and the assembled steps. */
export function supportPathOf(
  subscriptionId: string,
  issueType: IssueType,
  parties: PathParties & SubscriptionPeriod,
  steps: SupportStepResult[],
): SupportPathResult {
  return {
    customer: parties.customer,
    offer: parties.offer,
    subscription: subscriptionOfPath(subscriptionId, parties),
    issueType,
    salesModel: salesModelOf(parties.partnerOfRecord.kind),
    offerCategory: parties.offer.category,
    steps,
    hasGaps: steps.some((s) => s.missingContactKinds.length > 0),
  };
}
