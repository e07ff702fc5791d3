import type {
  ArticleClause,
  ContactAudience,
  ContactKind,
  IssueType,
  OfferCategory,
  OfferType,
  PartnerKind,
  ResourceKind,
  SupportDuty,
  SupportRole,
} from '../domain/enums';

/** Plain objects the repositories return; the GraphQL layer resolves relations from the ids. */
export interface CustomerRecord {
  id: string;
  name: string;
}

export interface PartnerRecord {
  id: string;
  name: string;
  kind: PartnerKind;
}

export interface PublisherRecord {
  id: string;
  name: string;
  isMicrosoft: boolean;
}

export interface OfferRecord {
  id: string;
  name: string;
  publisherId: string;
  /** Which rules of the matrix the offer follows (cypher/fragments/offer-category.cypher). */
  category: OfferCategory;
  offerType: OfferType;
}

export interface SubscriptionRecord {
  id: string;
  customerId: string;
  offerId: string;
  partnerOfRecordId: string;
  partnerKind: PartnerKind;
  indirectProviderId: string | null;
  /** The reseller Partner Center names as the subscription's support contact, if any. */
  designatedSupportId: string | null;
  /** When the subscription began (ISO-8601). */
  startedAt: string;
  /** When it ended, or null while it runs. */
  endedAt: string | null;
}

export interface SupportContactRecord {
  id: string;
  kind: ContactKind;
  /** Who may use it: partners, customers, or both. */
  audience: ContactAudience[];
  name: string | null;
  email: string | null;
  phone: string | null;
  url: string | null;
  hours: string | null;
  sla: string | null;
}

export interface SupportRuleStepRecord {
  rank: number;
  role: SupportRole;
  duty: SupportDuty;
  contactKinds: ContactKind[];
  /** The clauses of the article (or PROGRAM_PRACTICE) the step rests on. */
  clauses: ArticleClause[];
  /** The offer types the step is limited to; null: every offer. */
  offerTypes: OfferType[] | null;
  /** The kinds of the offer's resources the step carries. */
  resourceKinds: ResourceKind[];
}

/** One clause of the source article: its id, the French original and a translation. */
export interface SourceClauseRecord {
  clause: ArticleClause;
  quote: string;
  translation: string;
}

export interface SupportRuleKey {
  offerCategory: OfferCategory;
  issueType: IssueType;
}

export interface SupportRuleRecord extends SupportRuleKey {
  /** False when the matrix holds no rule for this key. */
  found: boolean;
  steps: SupportRuleStepRecord[];
}

export interface Page<T> {
  nodes: T[];
  totalCount: number;
}

/** One page of one parent's children, as the loader-backed connection queries return it. */
export interface ParentPage<T> extends Page<T> {
  parentId: string;
}

/** The record types a union (search results, `node`, gap entities) can hold, by GraphQL type name. */
export type GraphTypeName = 'Customer' | 'Partner' | 'Publisher' | 'Offer' | 'Subscription' | 'SupportContact';
export interface ResourceRecord {
  id: string;
  offerId: string;
  kind: ResourceKind;
  url: string;
}

/** One audit record: an entity's state before and after one write (null before a creation, after a removal). */
export interface ChangeRecord {
  id: string;
  at: string;
  callerId: string;
  operation: string;
  source: string | null;
  /** The idempotency key the write came with, if any. */
  clientMutationId: string | null;
  entityType: string;
  entityId: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

/**
 * The contacts of one partner, publisher or offer, ordered by kind then id, read together with
 * their owner by the statement that read the owner (so no second statement asks for them).
 */
export interface OwnerContacts {
  ownerId: string;
  contacts: SupportContactRecord[];
}

/** A record and its own contacts, read in one statement. */
export interface WithContacts<T> {
  record: T;
  contacts: SupportContactRecord[];
}

/** An offer and its publisher, each with its contacts, read in one statement. */
export interface OfferWithPublisher {
  offer: WithContacts<OfferRecord>;
  publisher: WithContacts<PublisherRecord>;
}

/** Subscriptions some customers hold, and once each their offers with publishers and contacts (@subscriptions-with-offers). */
export interface SubscriptionsWithOffers {
  subscriptions: SubscriptionRecord[];
  offers: OfferWithPublisher[];
}
