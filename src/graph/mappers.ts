import type { ContactAudience, ContactKind, IssueType, OfferCategory, OfferType, PartnerKind, ResourceKind, SupportDuty, SupportRole } from '../domain/enums';
import type {
  ChangeRecord,
  CustomerRecord,
  OfferRecord,
  OfferWithPublisher,
  OwnerContacts,
  Page,
  ParentPage,
  PartnerRecord,
  PublisherRecord,
  ResourceRecord,
  SubscriptionRecord,
  SubscriptionsWithOffers,
  SupportContactRecord,
  SupportRuleRecord,
  SupportRuleStepRecord,
} from './records';
import type { SupportGapKind } from '../domain/support-gaps';
import type { OutagePartnerRecord, OutageScopeRecord } from './repositories/outage.repository';
import type { SupportGapRecord } from './repositories/support-gaps.repository';
import type { MatrixVersioned, PartyContacts, PathParties, SubscriptionPeriod } from './repositories/support-path.repository';

/**
 * Record → plain object mapping, one mapper per record: the only place that knows how a Cypher
 * answer turns into a record of src/graph/records.ts. Each mapper checks that every field the
 * record declares non-null is there and throws when one is missing (a statement whose projection
 * drifted from its record fails loudly, and test/integration/graph/record-shapes.test.ts runs every
 * repository method to find it); instants arrive as epoch milliseconds and leave as ISO-8601.
 */
export type Row = Record<string, unknown>;

class RecordShapeError extends Error {}

function need<T>(row: Row, record: string, field: string): T {
  const value = row?.[field];
  if (value === undefined || value === null) throw new RecordShapeError(`${record}.${field} is missing from the graph's answer`);
  return value as T;
}

function optional<T>(row: Row, field: string): T | null {
  const value = row?.[field];
  return value === undefined ? null : (value as T | null);
}

/** Epoch milliseconds (how the Cypher files return instants) as an ISO-8601 string. */
export const isoFromMillis = (ms: number): string => new Date(ms).toISOString();

export const toCustomer = (row: Row): CustomerRecord => ({ id: need(row, 'Customer', 'id'), name: need(row, 'Customer', 'name') });

export const toPartner = (row: Row): PartnerRecord => ({
  id: need(row, 'Partner', 'id'),
  name: need(row, 'Partner', 'name'),
  kind: need<PartnerKind>(row, 'Partner', 'kind'),
});

export const toPublisher = (row: Row): PublisherRecord => ({
  id: need(row, 'Publisher', 'id'),
  name: need(row, 'Publisher', 'name'),
  isMicrosoft: optional<boolean>(row, 'isMicrosoft') ?? false,
});

export const toOffer = (row: Row): OfferRecord => ({
  id: need(row, 'Offer', 'id'),
  name: need(row, 'Offer', 'name'),
  publisherId: need(row, 'Offer', 'publisherId'),
  category: need<OfferCategory>(row, 'Offer', 'category'),
  offerType: need<OfferType>(row, 'Offer', 'offerType'),
});

export const toSubscription = (row: Row): SubscriptionRecord => {
  const endedAt = optional<number>(row, 'endedAt');
  return {
    id: need(row, 'Subscription', 'id'),
    customerId: need(row, 'Subscription', 'customerId'),
    offerId: need(row, 'Subscription', 'offerId'),
    partnerOfRecordId: need(row, 'Subscription', 'partnerOfRecordId'),
    partnerKind: need<PartnerKind>(row, 'Subscription', 'partnerKind'),
    indirectProviderId: optional(row, 'indirectProviderId'),
    designatedSupportId: optional(row, 'designatedSupportId'),
    startedAt: isoFromMillis(need<number>(row, 'Subscription', 'startedAt')),
    endedAt: endedAt === null ? null : isoFromMillis(endedAt),
  };
};

export const toContact = (row: Row): SupportContactRecord => ({
  id: need(row, 'SupportContact', 'id'),
  kind: need<ContactKind>(row, 'SupportContact', 'kind'),
  audience: need<ContactAudience[]>(row, 'SupportContact', 'audience'),
  name: optional(row, 'name'),
  email: optional(row, 'email'),
  phone: optional(row, 'phone'),
  url: optional(row, 'url'),
  hours: optional(row, 'hours'),
  sla: optional(row, 'sla'),
});

const toRuleStep = (row: Row): SupportRuleStepRecord => ({
  rank: Number(need(row, 'SupportRuleStep', 'rank')),
  role: need<SupportRole>(row, 'SupportRuleStep', 'role'),
  duty: need<SupportDuty>(row, 'SupportRuleStep', 'duty'),
  contactKinds: need(row, 'SupportRuleStep', 'contactKinds'),
  clauses: need(row, 'SupportRuleStep', 'clauses'),
  offerTypes: optional(row, 'offerTypes'),
  resourceKinds: optional<ResourceKind[]>(row, 'resourceKinds') ?? [],
});

export const toResource = (row: Row): ResourceRecord => ({
  id: need(row, 'Resource', 'id'),
  offerId: need(row, 'Resource', 'offerId'),
  kind: need<ResourceKind>(row, 'Resource', 'kind'),
  url: need(row, 'Resource', 'url'),
});

export const toSupportRule = (row: Row): SupportRuleRecord => ({
  offerCategory: need<OfferCategory>(row, 'SupportRule', 'offerCategory'),
  issueType: need<IssueType>(row, 'SupportRule', 'issueType'),
  found: need(row, 'SupportRule', 'found'),
  steps: need<Row[]>(row, 'SupportRule', 'steps').map(toRuleStep),
});

const parseJson = (json: string | null) => (json === null ? null : (JSON.parse(json) as Record<string, unknown>));

export const toChange = (row: Row): ChangeRecord => ({
  id: need(row, 'Change', 'id'),
  at: isoFromMillis(need<number>(row, 'Change', 'at')),
  callerId: need(row, 'Change', 'callerId'),
  operation: need(row, 'Change', 'operation'),
  source: optional(row, 'source'),
  clientMutationId: optional(row, 'clientMutationId'),
  entityType: need(row, 'Change', 'entityType'),
  entityId: need(row, 'Change', 'entityId'),
  before: parseJson(optional(row, 'before')),
  after: parseJson(optional(row, 'after')),
});

/** A `{ nodes, totalCount }` answer with each node mapped. */
export const toPage = <T>(row: Row, map: (node: Row) => T): Page<T> => ({
  nodes: need<Row[]>(row, 'Page', 'nodes').map(map),
  totalCount: Number(need(row, 'Page', 'totalCount')),
});

/** A `{ parentId, nodes, totalCount }` answer with each node mapped. */
export const toParentPage = <T>(row: Row, map: (node: Row) => T): ParentPage<T> => ({
  parentId: need(row, 'ParentPage', 'parentId'),
  ...toPage(row, map),
});

/** A nullable nested record: null stays null. */
export const orNull = <T>(map: (row: Row) => T) => (row: unknown): T | null => (row === null || row === undefined ? null : map(row as Row));

export const toSupportGap = (row: Row): SupportGapRecord => ({
  kind: need<SupportGapKind>(row, 'SupportGap', 'kind'),
  entityId: need(row, 'SupportGap', 'entityId'),
  entityName: need(row, 'SupportGap', 'entityName'),
  offerName: optional(row, 'offerName'),
  missingContactKinds: need(row, 'SupportGap', 'missingContactKinds'),
  issueTypes: need(row, 'SupportGap', 'issueTypes'),
  affectedCustomerCount: Number(need(row, 'SupportGap', 'affectedCustomerCount')),
  affectedSubscriptionCount: Number(need(row, 'SupportGap', 'affectedSubscriptionCount')),
});

export const toOutageScope = (row: Row): OutageScopeRecord => ({
  publisher: orNull(toPublisher)(row.publisher),
  offers: need<Row[]>(row, 'OutageScope', 'offers').map(toOffer),
  customerCount: Number(need(row, 'OutageScope', 'customerCount')),
  subscriptionCount: Number(need(row, 'OutageScope', 'subscriptionCount')),
});

export const toOutagePartner = (row: Row): OutagePartnerRecord => ({
  partner: toPartner(need(row, 'OutagePartner', 'partner')),
  links: need(row, 'OutagePartner', 'links'),
  affectedCustomerCount: Number(need(row, 'OutagePartner', 'affectedCustomerCount')),
  affectedSubscriptionCount: Number(need(row, 'OutagePartner', 'affectedSubscriptionCount')),
});

export const toPathParties = (row: Row): PathParties & SubscriptionPeriod & MatrixVersioned & PartyContacts => {
  const endedAt = optional<number>(row, 'endedAt');
  return {
    subscriptionId: need(row, 'PathParties', 'subscriptionId'),
    customer: toCustomer(need(row, 'PathParties', 'customer')),
    offer: toOffer(need(row, 'PathParties', 'offer')),
    publisher: toPublisher(need(row, 'PathParties', 'publisher')),
    partnerOfRecord: toPartner(need(row, 'PathParties', 'partnerOfRecord')),
    indirectProvider: orNull(toPartner)(row.indirectProvider),
    designatedSupport: orNull(toPartner)(row.designatedSupport),
    microsoft: orNull(toPublisher)(row.microsoft),
    startedAt: isoFromMillis(need<number>(row, 'PathParties', 'startedAt')),
    endedAt: endedAt === null ? null : isoFromMillis(endedAt),
    matrixVersion: optional<number>(row, 'matrixVersion'),
    contacts: toOwnerContacts(row.contacts),
  };
};

/** The contacts a statement read with their owner (`@contacts-of`): a list of contact records. */
export const toContacts = (value: unknown): SupportContactRecord[] => (Array.isArray(value) ? value.map((c) => toContact(c as Row)) : []);

/** `[{id, contacts}]` as find-path-parties and find-support-path return them. */
export const toOwnerContacts = (value: unknown): OwnerContacts[] =>
  (Array.isArray(value) ? value : []).map((owner) => ({ ownerId: (owner as Row).id as string, contacts: toContacts((owner as Row).contacts) }));

/** An offer with its publisher and both their contacts, from the columns `offer`, `offerContacts`, `publisher`, `publisherContacts`. */
export const toOfferWithPublisher = (row: Row): OfferWithPublisher => ({
  offer: { record: toOffer(row.offer as Row), contacts: toContacts(row.offerContacts) },
  publisher: { record: toPublisher(row.publisher as Row), contacts: toContacts(row.publisherContacts) },
});

/** The columns `subscriptions` and `offers` of @subscriptions-with-offers. */
export const toSubscriptionsWithOffers = (row: Row): SubscriptionsWithOffers => ({
  subscriptions: (row.subscriptions as Row[]).map(toSubscription),
  offers: (row.offers as Row[]).map(toOfferWithPublisher),
});
