/**
 * What the graph holds for one entity, as validation reads it and as the audit records it before
 * and after a write. Instants are ISO-8601 strings in UTC.
 */
export type EntityType =
  | 'Customer'
  | 'Partner'
  | 'Publisher'
  | 'Offer'
  | 'Subscription'
  | 'SupportContact'
  | 'Resource'
  | 'SupportRule'
  | 'RelationshipRequest';

/** An open customer relationship: since when, how it came about, who asked and who accepted. */
export interface CustomerRelationshipState {
  partnerId: string;
  since: string;
  /** `CREATED` (the partner created the customer), `ACCEPTED` (a request accepted) or `GRANTED` (by the platform operator). */
  origin: string;
  requestedBy: string | null;
  requestedAt: string | null;
  acceptedBy: string | null;
}

export interface CustomerState {
  name: string;
  /** The partners with an open customer relationship, ordered by partner id (absent in states read before relationships existed). */
  relationships?: CustomerRelationshipState[];
}

/** A pending request for a customer relationship or a reseller link. */
export interface RelationshipRequestState {
  kind: string;
  fromId: string;
  toId: string;
  requestingPartnerId: string;
  requestedBy: string;
  requestedAt: string;
}

export interface PartnerState {
  name: string;
  kind: string;
  /** The providers a reseller buys through now, ordered by provider id, with when each link began. */
  links: Array<{ providerId: string; since: string }>;
}

export interface PublisherState {
  name: string;
  isMicrosoft: boolean;
}

export interface OfferState {
  name: string;
  publisherId: string;
  offerType: string;
}

/** A subscription's parties now, or for an ended one, when it ended. */
export interface SubscriptionState {
  customerId: string;
  offerId: string;
  partnerId: string;
  providerId: string | null;
  designatedSupportId: string | null;
  validFrom: string;
  validTo: string | null;
  /** When its current parties took effect: no change may be dated before this. */
  changedAt: string;
}

export interface ContactState {
  ownerId: string;
  kind: string;
  audience: string[];
  name: string | null;
  email: string | null;
  phone: string | null;
  url: string | null;
  hours: string | null;
  sla: string | null;
}

export interface ResourceState {
  offerId: string;
  kind: string;
  url: string;
}

export interface SupportRuleState {
  offerCategory: string;
  issueType: string;
  steps: Array<{ rank: number; role: string; duty: string; contactKinds: string[]; reason: string }>;
}

/**
 * One entity with its type. `state` is null only for entities an import has accepted but not yet
 * written, of the kinds validation never reads the state of (customers, subscriptions, contacts,
 * resources): keeping a million states in memory would buy nothing.
 */
export type Snapshot =
  | { type: 'Customer'; state: CustomerState | null }
  | { type: 'Partner'; state: PartnerState }
  | { type: 'Publisher'; state: PublisherState }
  | { type: 'Offer'; state: OfferState }
  | { type: 'Subscription'; state: SubscriptionState | null }
  | { type: 'SupportContact'; state: ContactState | null }
  | { type: 'Resource'; state: ResourceState | null }
  | { type: 'SupportRule'; state: SupportRuleState | null }
  | { type: 'RelationshipRequest'; state: RelationshipRequestState };
