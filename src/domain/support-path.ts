import { ArticleClause, ContactAudience, ContactKind, IssueType, OfferCategory, ResourceKind, SalesModel, SupportDuty, SupportRole } from './enums';
import { salesModelOf } from './sales-model';
import type { PathParties, SubscriptionPeriod } from '../graph/repositories/support-path.repository';
import type {
  CustomerRecord,
  OfferRecord,
  PartnerRecord,
  PublisherRecord,
  ResourceRecord,
  SourceClauseRecord,
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
  missingContactKinds: ContactKind[];
  clauses: SourceClauseRecord[];
  /** The offer whose resources the step carries, and of which kinds (see resourcesOfStep). */
  offerId: string;
  resourceKinds: ResourceKind[];
  /** In the customers' view, the earlier step through which the customer reaches a party that has no contact for customers. */
  reachedThroughRank: number | null;
  reason: string;
}

export interface SupportPathResult {
  customer: CustomerRecord;
  offer: OfferRecord;
  subscription: SubscriptionRecord;
  issueType: IssueType;
  salesModel: SalesModel;
  offerCategory: OfferCategory;
  audience: ContactAudience;
  steps: SupportStepResult[];
  hasGaps: boolean;
}

const ROLE_LABEL: Record<SupportRole, string> = {
  PARTNER_OF_RECORD: 'partner of record',
  INDIRECT_PROVIDER: 'indirect provider',
  PUBLISHER: 'publisher',
  MICROSOFT: 'operator of the commerce system',
};

/** What each duty means, in words that add nothing to the clauses a step cites. */
const DUTY_PHRASE: Record<SupportDuty, string> = {
  FIRST_CONTACT: 'takes the question first and may route it',
  RESPONSIBLE: 'owns the answer',
  SHARED: "shares the partner's support duties",
  PLATFORM: 'supports the partner and the ISV',
};

/** What PROGRAM_PRACTICE adds to a reason: that the step is not the article's (its table row's own wording is a note to readers of the table). */
const BEYOND_THE_ARTICLE = 'Beyond the article (PROGRAM_PRACTICE): general CSP practice, which the article does not state.';

/** The duty in words; on Microsoft's own product there is no ISV for the PLATFORM party to support. */
function dutyPhrase(duty: SupportDuty, category: OfferCategory): string {
  return duty === SupportDuty.PLATFORM && category === OfferCategory.FIRST_PARTY ? 'supports the partner' : DUTY_PHRASE[duty];
}

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

/** Whether a rule step applies to this offer: a step limited to offer types applies to those alone. */
export function stepAppliesTo(step: Pick<SupportRuleStepRecord, 'offerTypes'>, offer: Pick<OfferRecord, 'offerType'>): boolean {
  return step.offerTypes === null || step.offerTypes.includes(offer.offerType);
}

/** The rule steps that become steps of this subscription's path: those that apply to its offer and whose role it has a party for, in rank order. */
export function applicableSteps(ruleSteps: readonly SupportRuleStepRecord[], parties: PathParties): Array<SupportRuleStepRecord & BoundParty> {
  return [...ruleSteps]
    .sort((a, b) => a.rank - b.rank)
    .filter((step) => stepAppliesTo(step, parties.offer))
    .flatMap((step) => {
      const bound = partyForStep(step, parties);
      return bound ? [{ ...step, ...bound }] : [];
    });
}

/**
 * Why a party is at its step, built from the step alone: who it is, its duty, and the clauses it
 * rests on (their translation, or for PROGRAM_PRACTICE, that it goes beyond the article). It says
 * nothing the clauses do not (on Microsoft's own product, no ISV).
 */
export function reasonFor(
  step: { role: SupportRole; duty: SupportDuty; party: PartyRecord; designated: boolean },
  clauses: readonly SourceClauseRecord[],
  parties: Pick<PathParties, 'partnerOfRecord' | 'offer'>,
  reachedThrough: { rank: number; party: PartyRecord } | null,
): string {
  const who = step.designated
    ? `designated support contact of this subscription, in place of the partner of record ${parties.partnerOfRecord.name}`
    : ROLE_LABEL[step.role];
  const basis = clauses.map((c) => (c.clause === ArticleClause.PROGRAM_PRACTICE ? BEYOND_THE_ARTICLE : `The article (${c.clause}): ${c.translation}`));
  const reached = reachedThrough ? [`The customer reaches it through step ${reachedThrough.rank}, ${reachedThrough.party.name}.`] : [];
  return [`${step.party.name} (${who}) ${dutyPhrase(step.duty, parties.offer.category)}.`, ...basis, ...reached].join(' ');
}

/** What a path's steps are assembled from, besides the rule. */
export interface StepSources {
  parties: PathParties;
  /** The contacts of the party each role's step binds to (for PUBLISHER: the offer's, completed by the publisher's). */
  contactsByRole: ReadonlyMap<SupportRole, SupportContactRecord[]>;
  /** The text of each clause (seeds/article-clauses.json). */
  clause: (id: ArticleClause) => SourceClauseRecord;
  /** Whose view: the contacts a partner agent may use, or those the customer may. */
  audience: ContactAudience;
}

/**
 * Binds a rule's steps to concrete parties (see applicableSteps), ranks them 1..n in rule order,
 * and gives each: the party's contacts of the kinds its rule names (in that order) that the
 * audience may use; the kinds missing; its clauses; the kinds of the offer's resources it carries;
 * and its reason. In the partners' view every kind without a contact for partners is missing. In
 * the customers' view a step after the first whose party has no contact for customers is reached
 * through the first step (`reachedThroughRank`), which is no gap; a step with a contact for
 * customers misses only the kinds its party has no contact of at all (lines kept for partners are
 * no gap); the first step with none misses every kind; a PLATFORM step shows no contact.
 */
export function assembleSteps(ruleSteps: readonly SupportRuleStepRecord[], sources: StepSources): SupportStepResult[] {
  const { parties, audience } = sources;
  const steps: SupportStepResult[] = [];
  for (const step of applicableSteps(ruleSteps, parties)) {
    const rank = steps.length + 1;
    const all = sources.contactsByRole.get(step.role) ?? [];
    const customersView = audience === ContactAudience.CUSTOMERS;
    // A PLATFORM party supports the partner and the ISV, never the end customer directly
    // (MICROSOFT_ROLE): whatever its lines say, the customer reaches it through an earlier step.
    const usable = customersView && step.duty === SupportDuty.PLATFORM ? [] : all.filter((c) => c.audience.includes(audience));
    const contacts = step.contactKinds.flatMap((kind) => usable.filter((c) => c.kind === kind));
    const reachedThrough = customersView && rank > 1 && contacts.length === 0 ? steps[0] : null;
    // A customer who can reach the party (through its lines here, or an earlier step) is not owed
    // the lines it keeps for partners (ISV_DIRECT: partners and/or customers); a kind the party
    // has no contact of at all stays a gap. The first step has nothing before it.
    const partnersOnlyIsNoGap = customersView && contacts.length > 0;
    const missing = step.contactKinds.filter((kind) => !(partnersOnlyIsNoGap ? all : usable).some((c) => c.kind === kind));
    const clauses = step.clauses.map(sources.clause);
    steps.push({
      rank,
      role: step.role,
      duty: step.duty,
      party: step.party,
      contacts,
      missingContactKinds: reachedThrough ? [] : missing,
      clauses,
      offerId: parties.offer.id,
      resourceKinds: step.resourceKinds,
      reachedThroughRank: reachedThrough?.rank ?? null,
      reason: reasonFor(step, clauses, parties, reachedThrough),
    });
  }
  return steps;
}

/** The offer's resources a step carries: those of the kinds its rule names, in that order. */
export function resourcesOfStep(step: Pick<SupportStepResult, 'resourceKinds'>, offerResources: readonly ResourceRecord[]): ResourceRecord[] {
  return step.resourceKinds.flatMap((kind) => offerResources.filter((r) => r.kind === kind));
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
  audience: ContactAudience,
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
    audience,
    steps,
    hasGaps: steps.some((s) => s.missingContactKinds.length > 0),
  };
}
