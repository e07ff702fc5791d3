/**
 * The one format data enters the graph in: GraphQL mutations, `npm run import` (JSON or CSV) and
 * the seed loader all produce these rows. Field names are the CSV headers, the JSON keys and the
 * GraphQL input fields, so a problem's `field` means the same thing everywhere.
 */
export interface PublisherRow {
  id: string;
  name: string;
  isMicrosoft?: boolean | null;
}

export interface PartnerRow {
  id: string;
  name: string;
  kind: string;
}

/** A reseller buys through a provider from `validFrom` (default: when written) until `validTo` (open when absent). */
export interface ResellerLinkRow {
  resellerId: string;
  providerId: string;
  validFrom?: string | null;
  validTo?: string | null;
}

export interface OfferRow {
  id: string;
  name: string;
  publisherId: string;
  /** SAAS, AZURE_APPLICATION, AZURE_VIRTUAL_MACHINE or AZURE_CONTAINER. */
  offerType: string;
}

export interface CustomerRow {
  id: string;
  name: string;
  /**
   * Mutation only: the partner creating the customer, which gets a customer relationship with it
   * in the same transaction (only when the row creates it; an update opens nothing).
   */
  creatorPartnerId?: string | null;
  /** Mutation only: who is creating it (the caller's subject), kept on that relationship. */
  createdBy?: string | null;
}

/**
 * A subscription and its parties. `providerId` is the indirect provider a reseller bought through
 * (absent for a direct sale). `validFrom` dates a new subscription (default: when written);
 * `validTo` ends it. `effectiveAt` dates a change of parties on an existing one (default: when written).
 */
export interface SubscriptionRow {
  id: string;
  customerId: string;
  offerId: string;
  partnerId: string;
  providerId?: string | null;
  validFrom?: string | null;
  validTo?: string | null;
  effectiveAt?: string | null;
}

export interface ContactRow {
  id: string;
  ownerId: string;
  kind: string;
  /** Who may use it: PARTNERS, CUSTOMERS or both (in CSV one cell, `;`-separated); absent: the default of its kind (`defaultAudience`). */
  audience?: string[] | null;
  name?: string | null;
  email?: string | null;
  phone?: string | null;
  url?: string | null;
  hours?: string | null;
  sla?: string | null;
}

export interface ResourceRow {
  id: string;
  offerId: string;
  kind: string;
  url: string;
}

/** A whole data set: one array per entity set (the JSON import document, the sample graph). */
export interface Dataset {
  publishers: PublisherRow[];
  partners: PartnerRow[];
  resellerLinks: ResellerLinkRow[];
  offers: OfferRow[];
  customers: CustomerRow[];
  subscriptions: SubscriptionRow[];
  contacts: ContactRow[];
  resources: ResourceRow[];
}

export type EntitySet = keyof Dataset;

/** The order sets are written in: every row only refers to rows of sets before it. */
export const ENTITY_SETS: readonly EntitySet[] = [
  'publishers',
  'partners',
  'resellerLinks',
  'offers',
  'customers',
  'subscriptions',
  'contacts',
  'resources',
];

/** The columns of each set, required ones first; the CSV file of a set is named after it (`reseller-links.csv`). */
export const SET_COLUMNS: Record<EntitySet, { required: readonly string[]; optional: readonly string[] }> = {
  publishers: { required: ['id', 'name'], optional: ['isMicrosoft'] },
  partners: { required: ['id', 'name', 'kind'], optional: [] },
  resellerLinks: { required: ['resellerId', 'providerId'], optional: ['validFrom', 'validTo'] },
  offers: { required: ['id', 'name', 'publisherId', 'offerType'], optional: [] },
  customers: { required: ['id', 'name'], optional: [] },
  subscriptions: { required: ['id', 'customerId', 'offerId', 'partnerId'], optional: ['providerId', 'validFrom', 'validTo'] },
  contacts: { required: ['id', 'ownerId', 'kind'], optional: ['name', 'email', 'phone', 'url', 'hours', 'sla', 'audience'] },
  resources: { required: ['id', 'offerId', 'kind', 'url'], optional: [] },
};

/** Columns holding booleans (CSV `true`/`false`); every other column holds text, or a list (below). */
export const BOOLEAN_COLUMNS: ReadonlySet<string> = new Set(['isMicrosoft']);

/** Columns holding a list; in CSV one cell, its values separated by `;`. */
export const LIST_COLUMNS: ReadonlySet<string> = new Set(['audience']);

/** `reseller-links.csv` for resellerLinks: the CSV file name of a set. */
export function csvFileName(set: EntitySet): string {
  return `${set.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}.csv`;
}

/** An empty data set. */
export function emptyDataset(): Dataset {
  return { publishers: [], partners: [], resellerLinks: [], offers: [], customers: [], subscriptions: [], contacts: [], resources: [] };
}

/* Rows only mutations write (they change what exists rather than state it). */

/** Ends a subscription and every relationship it has, at `effectiveAt` (default: when written). */
export interface SubscriptionEndRow {
  subscriptionId: string;
  effectiveAt?: string | null;
}

/**
 * Ends a reseller's link to a provider. Its current subscriptions through that provider move to
 * `moveSubscriptionsTo` (required when it has some), another provider it buys through.
 */
export interface ResellerUnlinkRow {
  resellerId: string;
  providerId: string;
  moveSubscriptionsTo?: string | null;
  effectiveAt?: string | null;
}

/** Designates (or, with no `resellerId`, clears) the reseller that supports a subscription. */
export interface SupportDesignationRow {
  subscriptionId: string;
  resellerId?: string | null;
  effectiveAt?: string | null;
}

/** What a relationship request or grant is about: a partner with a customer, or a reseller with a provider. */
export type RelationshipKind = 'CUSTOMER' | 'RESELLER_LINK';

/**
 * One side asks for a relationship (docs/security.md): a partner (`fromId`) with a customer
 * (`toId`), or a reseller (`fromId`) with a provider (`toId`), asked by `requestingPartnerId`
 * (one of the two partners of a link; the partner of a customer relationship).
 */
export interface RelationshipRequestRow {
  kind: RelationshipKind;
  fromId: string;
  toId: string;
  requestingPartnerId: string;
  /** The caller's subject, kept on the request and then on the relationship. */
  requestedBy: string;
}

/**
 * Opens a relationship: `ACCEPTED` answers a pending request (required), `GRANTED` needs none
 * (the platform operator's). A pending request is consumed either way.
 */
export interface RelationshipGrantRow {
  kind: RelationshipKind;
  fromId: string;
  toId: string;
  origin: 'ACCEPTED' | 'GRANTED';
  /** The caller's subject. */
  acceptedBy: string;
  /** The partner that accepted (the other side of a link), or null for the platform operator. */
  acceptingPartnerId: string | null;
  validFrom?: string | null;
}

/** The id of the pending request for this relationship (one per pair, whoever asked). */
export function relationshipRequestId(kind: RelationshipKind, fromId: string, toId: string): string {
  return `${fromId}:requests-${kind === 'CUSTOMER' ? 'customer' : 'provider'}:${toId}`;
}

/** Removes one entity of the named type (and what only it owns). */
export interface RemovalRow {
  id: string;
  type: 'Customer' | 'Partner' | 'Publisher' | 'Offer' | 'SupportContact' | 'Resource';
}
