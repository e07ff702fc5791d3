import { IssueType } from './enums';
import type { SupportGapRecord } from '../graph/repositories/support-gaps.repository';
import type { GraphTypeName } from '../graph/records';

/**
 * The kinds of place where the graph cannot answer a support question well. Their string order
 * is the order gaps are listed in.
 */
export enum SupportGapKind {
  /** An ISV offer with no CUSTOMER_SUPPORT contact, on the offer or its publisher. */
  OFFER_WITHOUT_CUSTOMER_SUPPORT = 'OFFER_WITHOUT_CUSTOMER_SUPPORT',
  /** A partner with no SUPPORT_DESK contact. */
  PARTNER_WITHOUT_SUPPORT_DESK = 'PARTNER_WITHOUT_SUPPORT_DESK',
  /** An indirect reseller that buys through no indirect provider. */
  RESELLER_WITHOUT_PROVIDER = 'RESELLER_WITHOUT_PROVIDER',
  /** A subscription whose path has a RESPONSIBLE step whose party has none of the contacts it names. */
  RESPONSIBLE_STEP_WITHOUT_CONTACT = 'RESPONSIBLE_STEP_WITHOUT_CONTACT',
}

/** The type of node a gap of each kind is about. */
export const GAP_ENTITY_TYPE: Record<SupportGapKind, GraphTypeName> = {
  OFFER_WITHOUT_CUSTOMER_SUPPORT: 'Offer',
  PARTNER_WITHOUT_SUPPORT_DESK: 'Partner',
  RESELLER_WITHOUT_PROVIDER: 'Partner',
  RESPONSIBLE_STEP_WITHOUT_CONTACT: 'Subscription',
};

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

/** A gap as users read it: issue types in the order of the IssueType enum, contact kinds alphabetically, and its description. */
export function presentGap(gap: SupportGapRecord): SupportGapRecord & { detail: string } {
  const ordered = {
    ...gap,
    issueTypes: Object.values(IssueType).filter((t) => gap.issueTypes.includes(t)),
    missingContactKinds: [...gap.missingContactKinds].sort(),
  };
  return { ...ordered, detail: describeGap(ordered) };
}
