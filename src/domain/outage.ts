import { PartnerKind } from './enums';

/** Why a partner must hear of an outage: how it stands to the affected subscriptions. */
export enum ImpactedPartnerRole {
  DIRECT_PARTNER = 'DIRECT_PARTNER',
  INDIRECT_RESELLER = 'INDIRECT_RESELLER',
  INDIRECT_PROVIDER = 'INDIRECT_PROVIDER',
  DESIGNATED_SUPPORT = 'DESIGNATED_SUPPORT',
}

/** How a partner is linked to a subscription in the graph. */
export type SubscriptionLink = 'SOLD_BY' | 'SUPPLIED_BY' | 'DESIGNATED_SUPPORT';

const ROLE_ORDER = Object.values(ImpactedPartnerRole);

/**
 * The roles a partner plays for an outage, from how it is linked to the affected subscriptions:
 * the partner of record is the direct partner or the reseller (by its kind), the supplier is the
 * indirect provider, and a designated support contact is one too. Ordered as the enum; no repeats.
 */
export function impactedPartnerRoles(links: readonly SubscriptionLink[], kind: PartnerKind): ImpactedPartnerRole[] {
  const roles = new Set<ImpactedPartnerRole>();
  for (const link of links) {
    if (link === 'SUPPLIED_BY') roles.add(ImpactedPartnerRole.INDIRECT_PROVIDER);
    else if (link === 'DESIGNATED_SUPPORT') roles.add(ImpactedPartnerRole.DESIGNATED_SUPPORT);
    else roles.add(kind === PartnerKind.DIRECT ? ImpactedPartnerRole.DIRECT_PARTNER : ImpactedPartnerRole.INDIRECT_RESELLER);
  }
  return ROLE_ORDER.filter((role) => roles.has(role));
}
