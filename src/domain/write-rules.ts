import isEmail from 'validator/lib/isEmail';
import isURL from 'validator/lib/isURL';
import { isValidPhoneNumber } from 'libphonenumber-js';
import type {
  ContactRow,
  CustomerRow,
  OfferRow,
  PartnerRow,
  PublisherRow,
  RemovalRow,
  RelationshipGrantRow,
  RelationshipRequestRow,
  ResellerLinkRow,
  ResellerUnlinkRow,
  ResourceRow,
  SubscriptionEndRow,
  SubscriptionRow,
  SupportDesignationRow,
} from './dataset';
import { relationshipRequestId } from './dataset';
import { ContactAudience, ContactKind, OfferType, PartnerKind, ResourceKind } from './enums';
import type { EntityType, PartnerState, Snapshot, SubscriptionState } from './entity-state';
import { isOneOf, Problem } from './problem';

/** What validation may know of the graph: entities by id, as stored (and as an import has accepted so far). */
export interface RuleContext {
  /** The entity with this id, or undefined when there is none. */
  entity(id: string): Snapshot | undefined;
  /** The id of the publisher flagged as Microsoft, if any. */
  microsoftPublisherId(): string | null;
  /** The instant a write without a date of its own takes effect. */
  now: string;
}

/** What ending a reseller's link would change: its current subscriptions through that provider. */
export interface UnlinkFacts {
  movedSubscriptionIds: string[];
  /** The latest `changedAt` among those subscriptions (null when there are none). */
  latestChangeAt: string | null;
}

/** How many of each kind of thing keep an entity from being removed (cypher/unscoped/write/find-removal-blockers.cypher); zero counts block nothing. */
export type RemovalBlockers = Record<string, number>;

/** A row whose id an earlier row of the same write or import already took. */
export function repeatedIdProblems(id: string): Problem[] {
  return [{ field: 'id', reason: `"${id}" appears earlier in the same data` }];
}

const BLOCKER_TEXT: Record<string, (n: number) => string> = {
  currentSubscriptions: (n) => `it has ${n} current subscription(s): end them first`,
  subscriptions: (n) => `${n} subscription(s), current or past, refer to it`,
  links: (n) => `it has ${n} current reseller link(s): unlink them first`,
  offers: (n) => `it publishes ${n} offer(s): remove them first`,
};

const ID_MAX = 200;
const TEXT_MAX = 500;

const LABEL: Record<EntityType, string> = {
  Customer: 'customer',
  Partner: 'partner',
  Publisher: 'publisher',
  Offer: 'offer',
  Subscription: 'subscription',
  SupportContact: 'support contact',
  Resource: 'resource',
  SupportRule: 'support rule',
  RelationshipRequest: 'relationship request',
};

/** Checks on the fields of one row, collecting problems in order. */
class Checks {
  readonly problems: Problem[] = [];

  constructor(private readonly row: object) {}

  private value(field: string): unknown {
    return (this.row as Record<string, unknown>)[field];
  }

  fail(field: string, reason: string): void {
    this.problems.push({ field, reason });
  }

  has(field: string): boolean {
    const v = this.value(field);
    return v !== undefined && v !== null && v !== '';
  }

  id(field: string, required = true): this {
    const v = this.value(field);
    if (!this.has(field)) {
      if (required) this.fail(field, 'is required');
    } else if (typeof v !== 'string' || !/^\S+$/.test(v) || v.length > ID_MAX) {
      this.fail(field, `must be an id: up to ${ID_MAX} characters, no spaces`);
    }
    return this;
  }

  text(field: string, required: boolean): this {
    const v = this.value(field);
    if (!this.has(field) || (typeof v === 'string' && !v.trim())) {
      if (required) this.fail(field, 'must not be empty');
    } else if (typeof v !== 'string' || v.length > TEXT_MAX) {
      this.fail(field, `must be text of at most ${TEXT_MAX} characters`);
    }
    return this;
  }

  oneOf(field: string, values: Record<string, string>): this {
    if (!this.has(field)) this.fail(field, 'is required');
    else if (!isOneOf(values, this.value(field))) this.fail(field, `must be one of ${Object.values(values).join(', ')}`);
    return this;
  }

  /** A non-empty list of distinct values of an enum; absent is fine unless `required`. */
  someOf(field: string, values: Record<string, string>, required: boolean): this {
    const v = this.value(field);
    if (v === undefined || v === null) {
      if (required) this.fail(field, 'is required');
    } else if (!Array.isArray(v) || v.length === 0 || v.some((x) => !isOneOf(values, x)) || new Set(v).size !== v.length) {
      this.fail(field, `must be a non-empty list of distinct values among ${Object.values(values).join(', ')}`);
    }
    return this;
  }

  email(field: string): this {
    const v = this.value(field);
    if (this.has(field) && (typeof v !== 'string' || !isEmail(v))) this.fail(field, 'is not a valid email address');
    return this;
  }

  phone(field: string): this {
    const v = this.value(field);
    if (this.has(field) && (typeof v !== 'string' || !isValidPhoneNumber(v))) {
      this.fail(field, 'is not a valid phone number in international form (e.g. +1 425 555 0101)');
    }
    return this;
  }

  url(field: string, required: boolean): this {
    const v = this.value(field);
    if (!this.has(field)) {
      if (required) this.fail(field, 'is required');
    } else if (typeof v !== 'string' || !isURL(v, { protocols: ['http', 'https'], require_protocol: true })) {
      this.fail(field, 'is not a valid http(s) URL');
    }
    return this;
  }

  boolean(field: string): this {
    if (this.has(field) && typeof this.value(field) !== 'boolean') this.fail(field, 'must be true or false');
    return this;
  }

  instant(field: string): this {
    const v = this.value(field);
    if (this.has(field) && !isInstant(v)) this.fail(field, 'must be a date-time with a time zone, e.g. 2024-05-01T00:00:00Z');
    return this;
  }

  get ok(): boolean {
    return this.problems.length === 0;
  }
}

function isInstant(v: unknown): v is string {
  return typeof v === 'string' && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(v) && !Number.isNaN(Date.parse(v));
}

/** The instant as a canonical UTC ISO string (what the graph stores and the audit shows). */
export function canonicalInstant(value: string): string {
  let canonical = CANONICAL.get(value);
  if (canonical === undefined) {
    canonical = new Date(value).toISOString();
    // Bounded: an import's rows repeat a few thousand dates a million times; any text may come.
    if (CANONICAL.size >= CANONICAL_MAX) CANONICAL.clear();
    CANONICAL.set(value, canonical);
  }
  return canonical;
}

/** Instants already made canonical: parsing them took about 1 s of the importer's own work at 100k customers. */
const CANONICAL = new Map<string, string>();
const CANONICAL_MAX = 10_000;

const ms = (instant: string) => Date.parse(instant);

/** The id must not already name an entity of another kind: ids are unique across all kinds. */
function ownId(c: Checks, ctx: RuleContext, id: string, type: EntityType): Snapshot | undefined {
  const found = ctx.entity(id);
  if (found && found.type !== type) {
    c.fail('id', `"${id}" is already the id of a ${LABEL[found.type]}; ids are unique across all kinds`);
    return undefined;
  }
  return found;
}

/** The referenced entity, of one of these types; a problem on `field` otherwise. */
function ref<T extends EntityType>(c: Checks, ctx: RuleContext, field: string, id: string, ...types: T[]): Extract<Snapshot, { type: T }> | undefined {
  const found = ctx.entity(id);
  const wanted = types.map((t) => LABEL[t]).join(' or ');
  if (!found) c.fail(field, `no ${wanted} with id "${id}"`);
  else if (!(types as EntityType[]).includes(found.type)) c.fail(field, `"${id}" is a ${LABEL[found.type]}, not a ${wanted}`);
  else return found as Extract<Snapshot, { type: T }>;
  return undefined;
}

/** A partner of one of these kinds; a problem on `field` naming the kind it has otherwise. */
function partnerOfKind(c: Checks, ctx: RuleContext, field: string, id: string, kinds: PartnerKind[], why: string): PartnerState | undefined {
  const partner = ref(c, ctx, field, id, 'Partner');
  if (!partner) return undefined;
  if (!(kinds as string[]).includes(partner.state.kind)) {
    c.fail(field, `"${id}" is ${article(partner.state.kind)} ${partner.state.kind} partner; ${why}`);
    return undefined;
  }
  return partner.state;
}

const article = (word: string) => (/^[AEIOU]/.test(word) ? 'an' : 'a');
const buysThrough = (reseller: PartnerState, providerId: string) => reseller.links.some((l) => l.providerId === providerId);

/** A change dated `at` must not precede `since`, when the state it replaces began. */
function notBefore(c: Checks, field: string, at: string, since: string | null, what: string): void {
  if (since && ms(at) < ms(since)) c.fail(field, `must not be before ${since}, when ${what}`);
}

export function publisherProblems(row: PublisherRow, ctx: RuleContext): Problem[] {
  const c = new Checks(row).id('id').text('name', true).boolean('isMicrosoft');
  if (!c.ok) return c.problems;
  ownId(c, ctx, row.id, 'Publisher');
  const microsoft = ctx.microsoftPublisherId();
  if (row.isMicrosoft && microsoft && microsoft !== row.id) {
    c.fail('isMicrosoft', `"${microsoft}" is already the Microsoft publisher; there is only one`);
  }
  return c.problems;
}

export function partnerProblems(row: PartnerRow, ctx: RuleContext): Problem[] {
  const c = new Checks(row).id('id').text('name', true).oneOf('kind', PartnerKind);
  if (!c.ok) return c.problems;
  const found = ownId(c, ctx, row.id, 'Partner');
  if (found?.type === 'Partner' && found.state.kind !== row.kind) {
    c.fail('kind', `partner "${row.id}" is ${article(found.state.kind)} ${found.state.kind}; a partner's kind never changes (remove it and add it anew)`);
  }
  return c.problems;
}

export function customerProblems(row: CustomerRow, ctx: RuleContext): Problem[] {
  const c = new Checks(row).id('id').text('name', true);
  if (c.ok) ownId(c, ctx, row.id, 'Customer');
  return c.problems;
}

export function offerProblems(row: OfferRow, ctx: RuleContext): Problem[] {
  const c = new Checks(row).id('id').text('name', true).id('publisherId').oneOf('offerType', OfferType);
  if (!c.ok) return c.problems;
  const found = ownId(c, ctx, row.id, 'Offer');
  ref(c, ctx, 'publisherId', row.publisherId, 'Publisher');
  if (found?.type === 'Offer' && found.state.publisherId !== row.publisherId) {
    c.fail('publisherId', `offer "${row.id}" is published by "${found.state.publisherId}"; an offer's publisher never changes`);
  }
  return c.problems;
}

/**
 * Who a contact serves when its row does not say (docs/domain.md, "Parties and things"): a
 * partner's support desk serves its customers, and the partners it works with (its provider, the
 * ISVs that route back to it); Microsoft's partner support and the ISV's contacts of the offer
 * details page serve partners (ISV_DIRECT: the ISV opens a line to partners and/or customers, and
 * says which). An indirect provider whose desk serves its resellers alone says so.
 */
export function defaultAudience(kind: string): ContactAudience[] {
  return kind === ContactKind.SUPPORT_DESK ? [ContactAudience.PARTNERS, ContactAudience.CUSTOMERS] : [ContactAudience.PARTNERS];
}

/** Which contact kinds each owner may have (docs/domain.md, "Parties and things"). */
const PUBLISHER_SIDE = [ContactKind.ENGINEERING, ContactKind.CUSTOMER_SUPPORT, ContactKind.CSP_PROGRAM];

export function contactProblems(row: ContactRow, ctx: RuleContext): Problem[] {
  const c = new Checks(row)
    .id('id')
    .id('ownerId')
    .oneOf('kind', ContactKind)
    .someOf('audience', ContactAudience, false)
    .text('name', false)
    .email('email')
    .phone('phone')
    .url('url', false)
    .text('hours', false)
    .text('sla', false);
  if (c.ok && !c.has('email') && !c.has('phone') && !c.has('url')) c.fail('email', 'a contact needs an email, a phone or a URL');
  if (!c.ok) return c.problems;
  const found = ownId(c, ctx, row.id, 'SupportContact');
  const owner = ref(c, ctx, 'ownerId', row.ownerId, 'Partner', 'Publisher', 'Offer');
  if (owner) {
    const allowed =
      owner.type === 'Partner'
        ? [ContactKind.SUPPORT_DESK]
        : owner.type === 'Publisher'
          ? owner.state.isMicrosoft
            ? [ContactKind.PARTNER_SUPPORT]
            : PUBLISHER_SIDE
          : [...PUBLISHER_SIDE, ContactKind.PARTNER_SUPPORT];
    if (!(allowed as string[]).includes(row.kind)) {
      c.fail('kind', `${article(LABEL[owner.type])} ${LABEL[owner.type]}'s contact is ${allowed.join(', ')}, not ${row.kind}`);
    }
  }
  if (found?.type === 'SupportContact' && found.state && found.state.ownerId !== row.ownerId) {
    c.fail('ownerId', `contact "${row.id}" belongs to "${found.state.ownerId}"; a contact's owner never changes`);
  }
  return c.problems;
}

export function resourceProblems(row: ResourceRow, ctx: RuleContext): Problem[] {
  const c = new Checks(row).id('id').id('offerId').oneOf('kind', ResourceKind).url('url', true);
  if (!c.ok) return c.problems;
  const found = ownId(c, ctx, row.id, 'Resource');
  ref(c, ctx, 'offerId', row.offerId, 'Offer');
  if (found?.type === 'Resource' && found.state && found.state.offerId !== row.offerId) {
    c.fail('offerId', `resource "${row.id}" belongs to offer "${found.state.offerId}"; a resource's offer never changes`);
  }
  return c.problems;
}

export function resellerLinkProblems(row: ResellerLinkRow, ctx: RuleContext): Problem[] {
  const c = new Checks(row).id('resellerId').id('providerId').instant('validFrom').instant('validTo');
  if (!c.ok) return c.problems;
  const reseller = partnerOfKind(c, ctx, 'resellerId', row.resellerId, [PartnerKind.INDIRECT_RESELLER], 'only an INDIRECT_RESELLER buys through a provider');
  partnerOfKind(c, ctx, 'providerId', row.providerId, [PartnerKind.INDIRECT_PROVIDER], 'a reseller buys through an INDIRECT_PROVIDER');
  const from = row.validFrom ?? ctx.now;
  if (row.validTo && ms(row.validTo) <= ms(from)) c.fail('validTo', `must be after validFrom (${from})`);
  const current = reseller?.links.find((l) => l.providerId === row.providerId);
  if (row.validTo && current) notBefore(c, 'validTo', row.validTo, current.since, 'the current link began');
  return c.problems;
}

/**
 * A request names only what its own side may know: the requesting partner must exist (and, for a
 * link, be of its side's kind); the other side is checked when the request is accepted, so a
 * request tells nothing of what exists beyond the caller's scope.
 */
export function relationshipRequestProblems(row: RelationshipRequestRow, ctx: RuleContext): Problem[] {
  const c = new Checks(row).oneOf('kind', { CUSTOMER: 'CUSTOMER', RESELLER_LINK: 'RESELLER_LINK' }).id('fromId').id('toId').id('requestingPartnerId');
  if (!c.ok) return c.problems;
  if (row.kind === 'CUSTOMER') {
    ref(c, ctx, 'fromId', row.fromId, 'Partner');
  } else if (row.requestingPartnerId === row.fromId) {
    partnerOfKind(c, ctx, 'resellerId', row.fromId, [PartnerKind.INDIRECT_RESELLER], 'only an INDIRECT_RESELLER buys through a provider');
  } else if (row.requestingPartnerId === row.toId) {
    partnerOfKind(c, ctx, 'providerId', row.toId, [PartnerKind.INDIRECT_PROVIDER], 'a reseller buys through an INDIRECT_PROVIDER');
  } else {
    c.fail('requestingPartnerId', 'must be one of the two partners of the link');
  }
  return c.problems;
}

/**
 * Opening a relationship: both sides exist (a link: a reseller and a provider); an acceptance
 * answers a pending request, made by the other side when a partner accepts.
 */
export function relationshipGrantProblems(row: RelationshipGrantRow, ctx: RuleContext): Problem[] {
  const c = new Checks(row).oneOf('kind', { CUSTOMER: 'CUSTOMER', RESELLER_LINK: 'RESELLER_LINK' }).id('fromId').id('toId').instant('validFrom');
  if (!c.ok) return c.problems;
  // The request first: without one from the other side, an acceptance says nothing of what exists.
  if (row.origin === 'ACCEPTED') {
    const request = ctx.entity(relationshipRequestId(row.kind, row.fromId, row.toId));
    const pending = request?.type === 'RelationshipRequest' ? request.state : null;
    if (!pending || (row.acceptingPartnerId && pending.requestingPartnerId === row.acceptingPartnerId)) {
      c.fail('request', 'there is no pending request from the other side to accept');
      return c.problems;
    }
  }
  if (row.kind === 'CUSTOMER') {
    ref(c, ctx, 'partnerId', row.fromId, 'Partner');
    ref(c, ctx, 'customerId', row.toId, 'Customer');
  } else {
    c.problems.push(...resellerLinkProblems({ resellerId: row.fromId, providerId: row.toId, validFrom: row.validFrom }, ctx));
  }
  return c.problems;
}

export function subscriptionProblems(row: SubscriptionRow, ctx: RuleContext): Problem[] {
  const c = new Checks(row)
    .id('id')
    .id('customerId')
    .id('offerId')
    .id('partnerId')
    .id('providerId', false)
    .instant('validFrom')
    .instant('validTo')
    .instant('effectiveAt');
  if (!c.ok) return c.problems;
  const found = ownId(c, ctx, row.id, 'Subscription');
  ref(c, ctx, 'customerId', row.customerId, 'Customer');
  ref(c, ctx, 'offerId', row.offerId, 'Offer');
  const partner = partnerOfKind(
    c,
    ctx,
    'partnerId',
    row.partnerId,
    [PartnerKind.DIRECT, PartnerKind.INDIRECT_RESELLER],
    'the partner of record is a DIRECT partner or an INDIRECT_RESELLER (name the provider as providerId)',
  );
  if (partner?.kind === PartnerKind.INDIRECT_RESELLER) {
    if (!row.providerId) c.fail('providerId', `"${row.partnerId}" is a reseller: name the indirect provider it bought through`);
    else if (partnerOfKind(c, ctx, 'providerId', row.providerId, [PartnerKind.INDIRECT_PROVIDER], 'a reseller buys through an INDIRECT_PROVIDER')) {
      if (!buysThrough(partner, row.providerId)) {
        c.fail('providerId', `reseller "${row.partnerId}" does not buy through "${row.providerId}" (link them first)`);
      }
    }
  } else if (partner && row.providerId) {
    c.fail('providerId', `"${row.partnerId}" is a DIRECT partner: a direct sale has no indirect provider`);
  }
  const existing = found?.type === 'Subscription' ? found.state : null;
  if (existing) existingSubscriptionProblems(c, row, existing, ctx);
  else if (row.validTo && ms(row.validTo) <= ms(row.validFrom ?? ctx.now)) c.fail('validTo', `must be after validFrom (${row.validFrom ?? ctx.now})`);
  return c.problems;
}

function existingSubscriptionProblems(c: Checks, row: SubscriptionRow, s: SubscriptionState, ctx: RuleContext): void {
  if (s.customerId !== row.customerId) c.fail('customerId', `subscription "${row.id}" belongs to "${s.customerId}"; its customer never changes`);
  if (s.offerId !== row.offerId) c.fail('offerId', `subscription "${row.id}" is to "${s.offerId}"; its offer never changes`);
  const sameParties = s.partnerId === row.partnerId && s.providerId === (row.providerId ?? null);
  if (s.validTo) {
    const sameEnd = row.validTo != null && ms(row.validTo) === ms(s.validTo);
    if (!sameParties || !sameEnd) c.fail('validTo', `subscription "${row.id}" ended at ${s.validTo}; an ended subscription never changes`);
    return;
  }
  if (!sameParties) notBefore(c, 'effectiveAt', row.effectiveAt ?? ctx.now, s.changedAt, 'its current parties took effect');
  if (row.validTo) notBefore(c, 'validTo', row.validTo, s.changedAt, 'its current parties took effect');
}

/** The subscription named by `subscriptionId`, if it exists and has not ended; a problem otherwise. */
function openSubscription(c: Checks, ctx: RuleContext, id: string): SubscriptionState | undefined {
  const s = ref(c, ctx, 'subscriptionId', id, 'Subscription');
  if (!s?.state) return undefined;
  if (s.state.validTo) c.fail('subscriptionId', `subscription "${id}" ended at ${s.state.validTo}`);
  return s.state.validTo ? undefined : s.state;
}

export function subscriptionEndProblems(row: SubscriptionEndRow, ctx: RuleContext): Problem[] {
  const c = new Checks(row).id('subscriptionId').instant('effectiveAt');
  if (!c.ok) return c.problems;
  const s = ref(c, ctx, 'subscriptionId', row.subscriptionId, 'Subscription');
  // Ending an ended subscription changes nothing: a retried call must succeed.
  if (s?.state && !s.state.validTo) notBefore(c, 'effectiveAt', row.effectiveAt ?? ctx.now, s.state.changedAt, 'its current parties took effect');
  return c.problems;
}

export function supportDesignationProblems(row: SupportDesignationRow, ctx: RuleContext): Problem[] {
  const c = new Checks(row).id('subscriptionId').id('resellerId', false).instant('effectiveAt');
  if (!c.ok) return c.problems;
  const s = openSubscription(c, ctx, row.subscriptionId);
  if (!s || !row.resellerId) {
    if (s) notBefore(c, 'effectiveAt', row.effectiveAt ?? ctx.now, s.changedAt, 'its current parties took effect');
    return c.problems;
  }
  const reseller = partnerOfKind(
    c,
    ctx,
    'resellerId',
    row.resellerId,
    [PartnerKind.INDIRECT_RESELLER],
    'only an INDIRECT_RESELLER can be designated as a subscription\'s support contact',
  );
  if (!s.providerId) {
    c.fail('subscriptionId', `subscription "${row.subscriptionId}" is a direct sale: only an indirect subscription has a designated reseller`);
  } else if (reseller && !buysThrough(reseller, s.providerId)) {
    c.fail('resellerId', `reseller "${row.resellerId}" does not buy through "${s.providerId}", the subscription's provider; Partner Center only lets a reseller of that provider be designated`);
  }
  if (reseller && s.designatedSupportId !== row.resellerId) {
    notBefore(c, 'effectiveAt', row.effectiveAt ?? ctx.now, s.changedAt, 'its current parties took effect');
  }
  return c.problems;
}

export function resellerUnlinkProblems(row: ResellerUnlinkRow, ctx: RuleContext, facts: UnlinkFacts): Problem[] {
  const c = new Checks(row).id('resellerId').id('providerId').id('moveSubscriptionsTo', false).instant('effectiveAt');
  if (!c.ok) return c.problems;
  const reseller = partnerOfKind(c, ctx, 'resellerId', row.resellerId, [PartnerKind.INDIRECT_RESELLER], 'only an INDIRECT_RESELLER buys through a provider');
  partnerOfKind(c, ctx, 'providerId', row.providerId, [PartnerKind.INDIRECT_PROVIDER], 'a reseller buys through an INDIRECT_PROVIDER');
  const link = reseller?.links.find((l) => l.providerId === row.providerId);
  if (!reseller || !link) return c.problems; // no current link: nothing to end, a retried call succeeds
  const at = row.effectiveAt ?? ctx.now;
  notBefore(c, 'effectiveAt', at, link.since, 'the link began');
  const moved = facts.movedSubscriptionIds.length;
  if (moved && !row.moveSubscriptionsTo) {
    c.fail('moveSubscriptionsTo', `reseller "${row.resellerId}" has ${moved} current subscription(s) through "${row.providerId}": name the provider they move to`);
  } else if (row.moveSubscriptionsTo) {
    if (row.moveSubscriptionsTo === row.providerId) c.fail('moveSubscriptionsTo', 'must be another provider than the one unlinked');
    else if (
      partnerOfKind(c, ctx, 'moveSubscriptionsTo', row.moveSubscriptionsTo, [PartnerKind.INDIRECT_PROVIDER], 'subscriptions move to an INDIRECT_PROVIDER') &&
      !buysThrough(reseller, row.moveSubscriptionsTo)
    ) {
      c.fail('moveSubscriptionsTo', `reseller "${row.resellerId}" does not buy through "${row.moveSubscriptionsTo}" (link them first)`);
    }
  }
  if (moved) notBefore(c, 'effectiveAt', at, facts.latestChangeAt, 'one of the moved subscriptions last changed');
  return c.problems;
}

export function removalProblems(row: RemovalRow, ctx: RuleContext, blockers: RemovalBlockers): Problem[] {
  const c = new Checks(row).id('id');
  if (!c.ok) return c.problems;
  const found = ctx.entity(row.id);
  // Removing what is not there changes nothing: a retried call must succeed.
  if (!found) return c.problems;
  if (found.type !== row.type) c.fail('id', `"${row.id}" is a ${LABEL[found.type]}, not a ${LABEL[row.type]}`);
  else {
    const reasons = Object.entries(blockers)
      .filter(([, n]) => n > 0)
      .map(([kind, n]) => BLOCKER_TEXT[kind](n));
    if (reasons.length) c.fail('id', `${LABEL[row.type]} "${row.id}" cannot be removed: ${reasons.join('; ')}`);
  }
  return c.problems;
}
