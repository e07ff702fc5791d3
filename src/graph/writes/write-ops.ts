import type {
  ContactRow,
  CustomerRow,
  OfferRow,
  PartnerRow,
  PublisherRow,
  RelationshipGrantRow,
  RelationshipRequestRow,
  RemovalRow,
  ResellerLinkRow,
  ResellerUnlinkRow,
  ResourceRow,
  SubscriptionEndRow,
  SubscriptionRow,
  SupportDesignationRow,
} from '../../domain/dataset';
import { relationshipRequestId } from '../../domain/dataset';
import type { EntityType, Snapshot } from '../../domain/entity-state';
import { NotFoundError } from '../../errors/domain-errors';
import type { Problem } from '../../domain/problem';
import { SupportRuleInput, supportRuleFieldProblems, supportRuleId } from '../../domain/support-matrix';
import {
  canonicalInstant,
  defaultAudience,
  contactProblems,
  customerProblems,
  offerProblems,
  partnerProblems,
  publisherProblems,
  relationshipGrantProblems,
  relationshipRequestProblems,
  removalProblems,
  resellerLinkProblems,
  resellerUnlinkProblems,
  resourceProblems,
  RuleContext,
  subscriptionEndProblems,
  subscriptionProblems,
  supportDesignationProblems,
} from '../../domain/write-rules';
import type { TxRunner } from '../executor';

/** The rows each write operation takes. */
export interface OpRows {
  publishers: PublisherRow;
  partners: PartnerRow;
  resellerLinks: ResellerLinkRow;
  offers: OfferRow;
  customers: CustomerRow;
  subscriptions: SubscriptionRow;
  contacts: ContactRow;
  resources: ResourceRow;
  subscriptionEnds: SubscriptionEndRow;
  resellerUnlinks: ResellerUnlinkRow;
  supportDesignations: SupportDesignationRow;
  removals: RemovalRow;
  supportRules: SupportRuleInput;
  relationshipRequests: RelationshipRequestRow;
  relationshipGrants: RelationshipGrantRow;
}

export type WriteOpName = keyof OpRows;

/** What a write sees: the instant it takes effect and the entities as they were before it. */
export interface WriteContext {
  now: string;
  before: ReadonlyMap<string, Snapshot>;
}

/**
 * One kind of write: which entities a row names (read before validating, and audited), the
 * lookups it needs beyond entity states, its rules, and its Cypher.
 */
export interface WriteOp<R, F = undefined> {
  /** Per-row facts read from the graph before validating (only some operations need them). */
  facts?(tx: TxRunner, rows: R[]): Promise<F[]>;
  /** Every id the row names: its own entity, what it refers to, what it changes. */
  ids(row: R, facts: F): string[];
  /** The entities whose change the audit records. */
  auditIds(row: R, facts: F): string[];
  /** The entities the write is about, locked before anything is read (see GraphWriter); the first is the row's own. */
  lockIds(row: R): string[];
  /** The kind of entity each row is about (its own id), where there is one: an import reads only that label of its own rows. */
  label?: EntityType;
  /**
   * The state a row leaves its own entity in, derived from the row and the entity before it:
   * the import's audit "after" (no read-back), and what later rows of the same run see.
   * Undefined where it takes more than the row (the entity is then read back).
   */
  after?(row: R, before: Snapshot | undefined, now: string): Snapshot | undefined;
  /** What later rows of the same run see of the row's own entity, where `after` cannot say it exactly (default: `after`). */
  seen?(row: R, before: Snapshot | undefined, now: string): Snapshot | undefined;
  validate(row: R, ctx: RuleContext, facts: F): Problem[];
  /** Writes rows that passed validation. */
  write(tx: TxRunner, rows: R[], ctx: WriteContext, facts: F[]): Promise<void>;
}

const instantOr = (value: string | null | undefined, fallback: string) => canonicalInstant(value ?? fallback);
const nullable = (value: string | null | undefined) => (value ? canonicalInstant(value) : null);

/** An upsert of one set: its own id is audited, the Cypher file takes `{rows}`. */
function upsert<R extends { id: string }>(
  statement: string,
  refs: (row: R) => string[],
  validate: (row: R, ctx: RuleContext) => Problem[],
  state: Required<Pick<WriteOp<R>, 'label' | 'after'>>,
  toParam: (row: R) => object = (row) => row,
): WriteOp<R> {
  return {
    ...state,
    ids: (row) => [row.id, ...refs(row)],
    auditIds: (row) => [row.id],
    lockIds: (row) => [row.id],
    validate: (row, ctx) => validate(row, ctx),
    write: async (tx, rows) => {
      await tx.run(statement, { rows: rows.map(toParam) });
    },
  };
}

const existingSubscription = (ctx: WriteContext, id: string) => {
  const found = ctx.before.get(id);
  return found?.type === 'Subscription' ? found.state : null;
};

const subscriptions: WriteOp<SubscriptionRow> = {
  ids: (row) => [row.id, row.customerId, row.offerId, row.partnerId, ...(row.providerId ? [row.providerId] : [])],
  auditIds: (row) => [row.id],
  lockIds: (row) => [row.id],
  label: 'Subscription',
  // A new subscription: held from validFrom (default now) with its parties from then, ended with
  // them at validTo when the row has one; nobody is designated yet. A change is read back.
  after(row, before, now) {
    if (before) return undefined;
    const validFrom = canonicalInstant(row.validFrom ?? now);
    return {
      type: 'Subscription',
      state: {
        customerId: row.customerId,
        offerId: row.offerId,
        partnerId: row.partnerId,
        providerId: row.providerId ?? null,
        designatedSupportId: null,
        validFrom,
        validTo: row.validTo ? canonicalInstant(row.validTo) : null,
        changedAt: validFrom,
      },
    };
  },
  validate: (row, ctx) => subscriptionProblems(row, ctx),
  async write(tx, rows, ctx) {
    // An ended subscription only passes validation unchanged: there is nothing to write for it.
    const open = rows.filter((row) => !existingSubscription(ctx, row.id)?.validTo);
    // A new one is created with its parties in one statement (an import's rows are nearly all new),
    // ended at its validTo when it has one; a held one changes parties from its effectiveAt
    // (default now), then ends at its validTo.
    const created = open.filter((row) => !existingSubscription(ctx, row.id));
    const changed = open.filter((row) => existingSubscription(ctx, row.id));
    if (created.length) {
      await tx.run('upsert/upsert-subscriptions', {
        rows: created.map((row) => ({
          id: row.id,
          customerId: row.customerId,
          offerId: row.offerId,
          partnerId: row.partnerId,
          providerId: row.providerId ?? null,
          validFrom: instantOr(row.validFrom, ctx.now),
          validTo: nullable(row.validTo),
        })),
      });
    }
    if (changed.length) {
      const at = (row: SubscriptionRow) => instantOr(row.effectiveAt, ctx.now);
      await tx.run('write/replace-subscription-parties', {
        rows: changed.flatMap((row) => [
          { subscriptionId: row.id, type: 'SOLD_BY', partyId: row.partnerId, at: at(row) },
          { subscriptionId: row.id, type: 'SUPPLIED_BY', partyId: row.providerId ?? null, at: at(row) },
        ]),
      });
      await tx.run('write/end-invalid-designations', { rows: changed.map((row) => ({ subscriptionId: row.id, at: at(row) })) });
    }
    const ending = changed.filter((row) => row.validTo);
    if (ending.length) {
      await tx.run('write/end-subscriptions', { rows: ending.map((row) => ({ subscriptionId: row.id, at: canonicalInstant(row.validTo!) })) });
    }
  },
};

const resellerLinks: WriteOp<ResellerLinkRow> = {
  ids: (row) => [row.resellerId, row.providerId],
  auditIds: (row) => [row.resellerId],
  lockIds: (row) => [row.resellerId],
  label: 'Partner',
  // The audit reads the reseller back; later rows of an import see its links with this one.
  seen(row, before) {
    if (before?.type !== 'Partner') return undefined;
    const links = before.state.links.filter((link) => link.providerId !== row.providerId);
    if (!row.validTo) links.push({ providerId: row.providerId, since: row.validFrom ?? '' });
    return { type: 'Partner', state: { ...before.state, links } };
  },
  validate: (row, ctx) => resellerLinkProblems(row, ctx),
  write: async (tx, rows, ctx) => {
    await tx.run('upsert/link-resellers', {
      rows: rows.map((row) => ({ ...row, validFrom: instantOr(row.validFrom, ctx.now), validTo: nullable(row.validTo) })),
    });
  },
};

interface UnlinkImpact {
  movedSubscriptionIds: string[];
  designatingSubscriptionIds: string[];
}

const resellerUnlinks: WriteOp<ResellerUnlinkRow, UnlinkImpact> = {
  async facts(tx, rows) {
    const result = await tx.run<UnlinkImpact>('unscoped/write/find-unlink-impact', {
      rows: rows.map((row) => ({ resellerId: row.resellerId, providerId: row.providerId })),
    });
    return result.records.map((r) => r.toObject());
  },
  ids: (row, impact) => [row.resellerId, row.providerId, ...(row.moveSubscriptionsTo ? [row.moveSubscriptionsTo] : []), ...affected(impact)],
  auditIds: (row, impact) => [row.resellerId, ...affected(impact)],
  lockIds: (row) => [row.resellerId],
  validate(row, ctx, impact) {
    const changedAt = impact.movedSubscriptionIds.map((id) => {
      const s = ctx.entity(id);
      return s?.type === 'Subscription' && s.state ? s.state.changedAt : '';
    });
    const latestChangeAt = changedAt.sort().pop() || null;
    return resellerUnlinkProblems(row, ctx, { movedSubscriptionIds: impact.movedSubscriptionIds, latestChangeAt });
  },
  async write(tx, rows, ctx, impacts) {
    const at = (row: ResellerUnlinkRow) => instantOr(row.effectiveAt, ctx.now);
    await tx.run('write/unlink-resellers', { rows: rows.map((row) => ({ ...row, moveTo: row.moveSubscriptionsTo ?? null, at: at(row) })) });
    await tx.run('write/end-invalid-designations', {
      rows: rows.flatMap((row, i) => affected(impacts[i]).map((subscriptionId) => ({ subscriptionId, at: at(row) }))),
    });
  },
};

function affected(impact: UnlinkImpact): string[] {
  return [...new Set([...impact.movedSubscriptionIds, ...impact.designatingSubscriptionIds])];
}

interface RemovalFacts {
  counts: Record<string, number>;
  owned: string[];
}

const removals: WriteOp<RemovalRow, RemovalFacts> = {
  async facts(tx, rows) {
    const result = await tx.run<RemovalFacts & { id: string }>('unscoped/write/find-removal-blockers', { rows });
    const byId = new Map(result.records.map((r) => [r.get('id'), { counts: r.get('counts'), owned: r.get('owned') }]));
    return rows.map((row) => byId.get(row.id) ?? { counts: {}, owned: [] });
  },
  ids: (row, facts) => [row.id, ...facts.owned],
  auditIds: (row, facts) => [row.id, ...facts.owned],
  lockIds: (row) => [row.id],
  validate: (row, ctx, facts) => removalProblems(row, ctx, facts.counts),
  write: async (tx, rows) => {
    await tx.run('write/remove-entities', { rows });
  },
};

const subscriptionEnds: WriteOp<SubscriptionEndRow> = {
  ids: (row) => [row.subscriptionId],
  auditIds: (row) => [row.subscriptionId],
  lockIds: (row) => [row.subscriptionId],
  validate: (row, ctx) => subscriptionEndProblems(row, ctx),
  write: async (tx, rows, ctx) => {
    await tx.run('write/end-subscriptions', {
      rows: rows.map((row) => ({ subscriptionId: row.subscriptionId, at: instantOr(row.effectiveAt, ctx.now) })),
    });
  },
};

const supportDesignations: WriteOp<SupportDesignationRow> = {
  ids: (row) => [row.subscriptionId, ...(row.resellerId ? [row.resellerId] : [])],
  auditIds: (row) => [row.subscriptionId],
  lockIds: (row) => [row.subscriptionId],
  validate: (row, ctx) => supportDesignationProblems(row, ctx),
  write: async (tx, rows, ctx) => {
    await tx.run('write/replace-subscription-parties', {
      rows: rows.map((row) => ({
        subscriptionId: row.subscriptionId,
        type: 'DESIGNATED_SUPPORT',
        partyId: row.resellerId ?? null,
        at: instantOr(row.effectiveAt, ctx.now),
      })),
    });
  },
};

const supportRules: WriteOp<SupportRuleInput> = {
  ids: (rule) => [supportRuleId(rule)],
  auditIds: (rule) => [supportRuleId(rule)],
  lockIds: (rule) => [supportRuleId(rule)],
  validate: (rule) => supportRuleFieldProblems(rule),
  write: async (tx, rules) => {
    await tx.run('upsert/upsert-support-rules', { rules: rules.map((rule) => ({ ...rule, id: supportRuleId(rule) })) });
  },
};

/** The entity whose state holds an open relationship, locked by both a request and a grant: a customer, or a link's reseller. */
const relationshipHolder = (row: { kind: string; fromId: string; toId: string }) => (row.kind === 'CUSTOMER' ? row.toId : row.fromId);
const requestIdOf = (row: RelationshipRequestRow | RelationshipGrantRow) => relationshipRequestId(row.kind, row.fromId, row.toId);

const relationshipRequests: WriteOp<RelationshipRequestRow> = {
  ids: (row) => [requestIdOf(row), row.fromId, row.toId],
  auditIds: (row) => [requestIdOf(row)],
  lockIds: (row) => [requestIdOf(row), relationshipHolder(row)],
  validate: (row, ctx) => relationshipRequestProblems(row, ctx),
  write: async (tx, rows, ctx) => {
    await tx.run('relationship/request-relationships', { rows: rows.map((row) => ({ ...row, id: requestIdOf(row), at: ctx.now })) });
  },
};

const relationshipGrants: WriteOp<RelationshipGrantRow> = {
  ids: (row) => [requestIdOf(row), row.fromId, row.toId],
  // The holder's state lists its open relationships (a customer's, a reseller's links); the request ends.
  auditIds: (row) => [relationshipHolder(row), requestIdOf(row)],
  lockIds: (row) => [relationshipHolder(row), requestIdOf(row)],
  validate: (row, ctx) => relationshipGrantProblems(row, ctx),
  write: async (tx, rows, ctx) => {
    const params = (kind: string) =>
      rows
        .filter((row) => row.kind === kind)
        .map((row) => ({ ...row, requestId: requestIdOf(row), validFrom: instantOr(row.validFrom, ctx.now), at: ctx.now }));
    const customers = params('CUSTOMER');
    if (customers.length) await tx.run('relationship/open-customer-relationships', { rows: customers });
    const links = params('RESELLER_LINK');
    if (links.length) await tx.run('relationship/open-reseller-links', { rows: links });
  },
};

/**
 * A customer's upsert keeps its relationships (a mutation creating one reads it back: it may open
 * one). A partner's row that turns out, under the write's locks, to rename a customer it has no
 * relationship with (one a concurrent write just created) fails the whole write with NOT_FOUND,
 * the answer the caller gets for a customer it cannot see.
 */
const customers: WriteOp<CustomerRow> = {
  ...upsert<CustomerRow>('upsert/upsert-customers', () => [], customerProblems, {
    label: 'Customer',
    after: (row, before) => ({
      type: 'Customer',
      state: { name: row.name, relationships: before?.type === 'Customer' ? (before.state?.relationships ?? []) : [] },
    }),
  }),
  write: async (tx, rows) => {
    // Imports, seeds and the operator take the plain upsert; a partner's rows the checked one.
    const plain = rows.filter((row) => !row.creatorPartnerId).map((row) => ({ id: row.id, name: row.name }));
    const partners = rows.filter((row) => row.creatorPartnerId);
    if (plain.length) await tx.run('upsert/upsert-customers', { rows: plain });
    if (!partners.length) return;
    const result = await tx.run<{ id: string }>('write/upsert-customers-as-partner', {
      rows: partners.map((row) => ({ id: row.id, name: row.name, creatorPartnerId: row.creatorPartnerId, createdBy: row.createdBy ?? null })),
    });
    const refused = result.records[0]?.get('id');
    if (refused) throw new NotFoundError(`No entity with id "${refused}".`, { id: refused });
  },
};

/** A contact as it is stored: its kind, its audience (the kind's default when the row has none) and its optional fields. */
function contactFields(row: ContactRow) {
  return {
    kind: row.kind,
    audience: row.audience ?? defaultAudience(row.kind),
    name: row.name ?? null,
    email: row.email ?? null,
    phone: row.phone ?? null,
    url: row.url ?? null,
    hours: row.hours ?? null,
    sla: row.sla ?? null,
  };
}

/** Every write operation; the GraphQL mutations, the importer and the seed loader all go through these. */
export const WRITE_OPS: { [K in WriteOpName]: WriteOp<OpRows[K], any> } = {
  publishers: upsert<PublisherRow>(
    'upsert/upsert-publishers',
    () => [],
    publisherProblems,
    { label: 'Publisher', after: (row) => ({ type: 'Publisher', state: { name: row.name, isMicrosoft: Boolean(row.isMicrosoft) } }) },
    (row) => ({ ...row, isMicrosoft: row.isMicrosoft ?? false }),
  ),
  // A partner's upsert does not touch its links: they stay as they were.
  partners: upsert<PartnerRow>('upsert/upsert-partners', () => [], partnerProblems, {
    label: 'Partner',
    after: (row, before) => ({ type: 'Partner', state: { name: row.name, kind: row.kind, links: before?.type === 'Partner' ? before.state.links : [] } }),
  }),
  resellerLinks,
  // An offer's publisher never changes (the rules refuse it).
  offers: upsert<OfferRow>('upsert/upsert-offers', (row) => [row.publisherId], offerProblems, {
    label: 'Offer',
    after: (row) => ({ type: 'Offer', state: { name: row.name, offerType: row.offerType, publisherId: row.publisherId } }),
  }),
  customers,
  subscriptions,
  // A contact's owner never changes (the rules refuse it).
  contacts: upsert<ContactRow>(
    'upsert/upsert-contacts',
    (row) => [row.ownerId],
    contactProblems,
    { label: 'SupportContact', after: (row) => ({ type: 'SupportContact', state: { ownerId: row.ownerId, ...contactFields(row) } }) },
    (row) => ({ id: row.id, ownerId: row.ownerId, ...contactFields(row) }),
  ),
  resources: upsert<ResourceRow>('upsert/upsert-resources', (row) => [row.offerId], resourceProblems, {
    label: 'Resource',
    after: (row) => ({ type: 'Resource', state: { offerId: row.offerId, kind: row.kind, url: row.url } }),
  }),
  subscriptionEnds,
  resellerUnlinks,
  supportDesignations,
  removals,
  supportRules,
  relationshipRequests,
  relationshipGrants,
};
