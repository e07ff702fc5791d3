import type { Caller } from '../../auth/caller';
import { assertMayWrite, isOperator, WriteOwners } from '../../auth/write-guard';
import { relationshipRequestId, RelationshipGrantRow, RelationshipKind, RemovalRow } from '../../domain/dataset';
import type { ContactKind, ResourceKind } from '../../domain/enums';
import type { Problem } from '../../domain/problem';
import { defaultAudience } from '../../domain/write-rules';
import { supportRuleId } from '../../domain/support-matrix';
import { BadUserInputError, ForbiddenError, NotFoundError } from '../../errors/domain-errors';
import type { Repositories } from '../../graph/repositories';
import type {
  CustomerRecord,
  OfferRecord,
  PartnerRecord,
  PublisherRecord,
  ResourceRecord,
  SubscriptionRecord,
  SupportContactRecord,
  SupportRuleRecord,
} from '../../graph/records';
import { WriteMeta, WriteRejectedError } from '../../graph/writes/graph-writer';
import type { OpRows, WriteOpName } from '../../graph/writes/write-ops';
import type {
  CustomerInput,
  CustomerRelationshipInput,
  EndSubscriptionInput,
  LinkResellerInput,
  OfferInput,
  PartnerInput,
  PublisherInput,
  RecordSubscriptionInput,
  RequestCustomerRelationshipInput,
  RequestResellerLinkInput,
  ResourceInput,
  SubscriptionSupportContactInput,
  SupportContactInput,
  SupportRuleInput,
  UnlinkResellerInput,
} from './write.input';

export interface RemovalResult {
  id: string;
  removed: boolean;
}

export type RelationshipStatusName = 'REQUESTED' | 'ACTIVE';

export interface CustomerRelationshipResult {
  partnerId: string;
  customerId: string;
  status: RelationshipStatusName;
}

export interface LinkRequestResult {
  resellerId: string;
  providerId: string;
  requestedBy: string | null;
  status: RelationshipStatusName;
}

export interface ResellerLinkResult {
  reseller: PartnerRecord;
  provider: PartnerRecord;
  active: boolean;
}

/** Where a row field comes from in a mutation's arguments: `input.<field>`, with the fields a row names differently. */
const inputField = (aliases: Record<string, string> = {}) => (field: string) => `input.${aliases[field] ?? field}`;
const DATED = inputField({ validFrom: 'effectiveAt' });
/** A relationship grant's fields as its mutation names them. */
const GRANT_FIELDS = (from: string, to: string) => inputField({ validFrom: 'effectiveAt', fromId: from, toId: to });

const iso = (date: Date | null | undefined) => (date ? date.toISOString() : null);

/**
 * The mutations. Each one is one write transaction through the shared write path (the importer's
 * and the seed loader's): validated before anything is written, idempotent, audited under the
 * caller's subject. A rejected input is BAD_USER_INPUT with `extensions.field` (e.g. `input.email`)
 * and every problem in `extensions.problems`. Before that, the caller must own the data it
 * changes (FORBIDDEN otherwise; see src/auth/write-guard.ts).
 */
export class WriteService {
  constructor(
    private readonly repos: Repositories,
    /** Who is writing: checked against the owners of the data, and recorded by the audit. */
    private readonly caller: Caller,
    /** The request's moment: no write it makes is dated earlier. */
    private readonly at: Date,
    /** Moves the request's reads to the moment a write took effect: its answer shows what it wrote. */
    private readonly readFrom: (moment: Date) => void,
  ) {}

  /** The moment of the last write this request made (see GraphWriter: taken once the write holds its locks). */
  private writtenAt: Date | null = null;

  /**
   * Throws unless the caller owns the stored entities named by `storedIds` (each one that exists)
   * and, for the new data, one of `owners`. A stored entity the caller may not change is FORBIDDEN
   * when the caller may see it (the catalogue, a partner it works with), and NOT_FOUND otherwise,
   * exactly like a missing id, so a write never tells a caller what exists beyond its scope. With
   * `mustExist`, a missing id is NOT_FOUND too for any caller but the operator.
   */
  private async guard(storedIds: Array<string | null | undefined>, owners: WriteOwners = {}, options: { mustExist?: string } = {}): Promise<void> {
    if (isOperator(this.caller)) return;
    const ids = storedIds.filter((id): id is string => Boolean(id));
    const stored = await this.repos.writeOwners.find(ids);
    if (options.mustExist && !stored.some((entity) => entity.id === options.mustExist)) throw notFound(options.mustExist);
    for (const entity of stored) {
      try {
        assertMayWrite(this.caller, entity);
      } catch (error) {
        if (error instanceof ForbiddenError && !(await this.isVisible(entity.id))) throw notFound(entity.id);
        throw error;
      }
    }
    if (owners.partnerIds?.length || owners.publisherIds?.length) assertMayWrite(this.caller, owners);
  }

  /** Whether the caller may read this stored entity: customers, subscriptions and partners through its scope; the catalogue is everyone's. */
  private async isVisible(id: string): Promise<boolean> {
    const [node] = await this.repos.nodes.findTypesByIds([id]);
    if (node?.type === 'Customer') return (await this.repos.customers.findByIds([id])).length > 0;
    if (node?.type === 'Subscription') return (await this.repos.subscriptions.findByIds([id])).length > 0;
    if (node?.type === 'Partner') return (await this.repos.partners.findByIds([id])).length > 0;
    return true;
  }

  async upsertCustomer(input: CustomerInput): Promise<CustomerRecord> {
    // A new customer is any partner's to create, and its creator gets the customer relationship in
    // the same transaction; an existing one belongs to the partners with a relationship with it.
    const creator = isOperator(this.caller) ? null : this.caller.partnerId;
    const row = { id: input.id, name: input.name, creatorPartnerId: creator, createdBy: creator ? this.caller.subject : null };
    await this.apply('upsertCustomer', 'customers', row, input.clientMutationId, { checks: () => this.guard([input.id], { partnerIds: [this.caller.partnerId] }) });
    return { id: input.id, name: input.name };
  }

  async upsertPartner(input: PartnerInput): Promise<PartnerRecord> {
    const row = { id: input.id, name: input.name, kind: input.kind };
    await this.apply('upsertPartner', 'partners', row, input.clientMutationId, { checks: () => this.guard([input.id], { partnerIds: [input.id] }) });
    return { id: input.id, name: input.name, kind: input.kind };
  }

  async upsertPublisher(input: PublisherInput): Promise<PublisherRecord> {
    const isMicrosoft = input.isMicrosoft ?? false;
    const row = { id: input.id, name: input.name, isMicrosoft };
    await this.apply('upsertPublisher', 'publishers', row, input.clientMutationId, { checks: () => this.guard([], { publisherIds: [input.id] }) });
    return { id: input.id, name: input.name, isMicrosoft };
  }

  async upsertOffer(input: OfferInput): Promise<OfferRecord> {
    const row = { id: input.id, name: input.name, publisherId: input.publisherId, offerType: input.offerType };
    await this.apply('upsertOffer', 'offers', row, input.clientMutationId, { checks: () => this.guard([input.id], { publisherIds: [input.publisherId] }) });
    const [offer] = await this.repos.offers.findByIds([input.id]);
    return offer;
  }

  async upsertSupportContact(input: SupportContactInput): Promise<SupportContactRecord> {
    const contact = {
      id: input.id,
      kind: input.kind as ContactKind,
      audience: input.audience ?? defaultAudience(input.kind),
      name: input.name ?? null,
      email: input.email ?? null,
      phone: input.phone ?? null,
      url: input.url ?? null,
      hours: input.hours ?? null,
      sla: input.sla ?? null,
    };
    const row = { ...contact, ownerId: input.ownerId };
    // The stored contact's owner, and the new owner (a partner, a publisher, or an offer's publisher).
    await this.apply('upsertSupportContact', 'contacts', row, input.clientMutationId, { checks: () => this.guard([input.id, input.ownerId]) });
    return contact;
  }

  async upsertResource(input: ResourceInput): Promise<ResourceRecord> {
    const resource = { id: input.id, offerId: input.offerId, kind: input.kind as ResourceKind, url: input.url };
    await this.apply('upsertResource', 'resources', resource, input.clientMutationId, { checks: () => this.guard([input.id, input.offerId]) });
    return resource;
  }

  /** Removes an entity of this type; `removed: false` when there was none (a retry succeeds). */
  async remove(operation: string, type: RemovalRow['type'], id: string, clientMutationId: string | null = null): Promise<RemovalResult> {
    const row = { id, type };
    const checks = () => this.guard([id], {}, { mustExist: id });
    const changed = await this.apply(operation, 'removals', row, clientMutationId, { checks, fieldPath: (field) => field });
    return { id, removed: changed > 0 };
  }

  async recordSubscription(input: RecordSubscriptionInput): Promise<SubscriptionRecord> {
    // A partner attaches a subscription only to a customer it has a customer relationship with
    // (docs/security.md): checked first, so that a customer it cannot see is NOT_FOUND, like a
    // missing one, whatever the rest of the input says; one it sees without a relationship is FORBIDDEN.
    const at = iso(input.effectiveAt);
    const row = {
      id: input.id,
      customerId: input.customerId,
      offerId: input.offerId,
      partnerId: input.partnerId,
      providerId: input.providerId ?? null,
      validFrom: at,
      effectiveAt: at,
    };
    const checks = async () => {
      await this.guard([input.customerId], {}, { mustExist: input.customerId });
      await this.guard([input.id], { partnerIds: [input.partnerId, input.providerId] });
      await this.assertMayChangeParties(input);
    };
    await this.apply('recordSubscription', 'subscriptions', row, input.clientMutationId, { checks, fieldPath: DATED });
    return this.subscription(input.id, input.effectiveAt);
  }

  async endSubscription(input: EndSubscriptionInput): Promise<SubscriptionRecord> {
    const row = { subscriptionId: input.subscriptionId, effectiveAt: iso(input.effectiveAt) };
    const checks = () => this.guard([input.subscriptionId], {}, { mustExist: input.subscriptionId });
    await this.apply('endSubscription', 'subscriptionEnds', row, input.clientMutationId, { checks });
    return this.subscription(input.subscriptionId);
  }

  async setSubscriptionSupportContact(input: SubscriptionSupportContactInput): Promise<SubscriptionRecord> {
    const row = { subscriptionId: input.subscriptionId, resellerId: input.resellerId ?? null, effectiveAt: iso(input.effectiveAt) };
    const checks = () => this.guard([input.subscriptionId], {}, { mustExist: input.subscriptionId });
    await this.apply('setSubscriptionSupportContact', 'supportDesignations', row, input.clientMutationId, { checks });
    return this.subscription(input.subscriptionId, input.effectiveAt);
  }

  /**
   * The caller's partner asks for a customer relationship. REQUESTED whether the customer exists
   * or not (a request tells nothing of what exists); ACTIVE, writing nothing, when the partner has
   * a relationship already (explicit, or a subscription of the customer it sells or supplies now).
   */
  async requestCustomerRelationship(input: RequestCustomerRelationshipInput): Promise<CustomerRelationshipResult> {
    const partnerId = this.ownPartner('A customer relationship is asked for by a partner; the platform operator grants one with grantCustomerRelationship.');
    const result = (status: RelationshipStatusName) => ({ partnerId, customerId: input.customerId, status });
    const [customer] = await this.repos.writeOwners.find([input.customerId]);
    if (customer?.partnerIds.includes(partnerId)) return result('ACTIVE');
    const row = { kind: 'CUSTOMER' as const, fromId: partnerId, toId: input.customerId, requestingPartnerId: partnerId, requestedBy: this.caller.subject };
    await this.apply('requestCustomerRelationship', 'relationshipRequests', row, input.clientMutationId, { fieldPath: inputField({ toId: 'customerId' }) });
    return result((await this.relationshipOpen('CUSTOMER', partnerId, input.customerId)) ? 'ACTIVE' : 'REQUESTED');
  }

  /**
   * The platform operator, for the customer (who has no login here), accepts a partner's pending
   * request (`acceptCustomerRelationship`: NOT_FOUND when there is none) or grants a relationship
   * unasked (`grantCustomerRelationship`). Role checks leave only the operator.
   */
  async openCustomerRelationship(operation: 'acceptCustomerRelationship' | 'grantCustomerRelationship', input: CustomerRelationshipInput): Promise<CustomerRelationshipResult> {
    if (!isOperator(this.caller)) throw new ForbiddenError('Only the platform operator accepts or grants a customer relationship for the customer.');
    const row: RelationshipGrantRow = {
      kind: 'CUSTOMER',
      fromId: input.partnerId,
      toId: input.customerId,
      origin: operation === 'acceptCustomerRelationship' ? 'ACCEPTED' : 'GRANTED',
      acceptedBy: this.caller.subject,
      acceptingPartnerId: null,
      validFrom: iso(input.effectiveAt),
    };
    await this.apply(operation, 'relationshipGrants', row, input.clientMutationId, { fieldPath: GRANT_FIELDS('partnerId', 'customerId') });
    return { partnerId: input.partnerId, customerId: input.customerId, status: 'ACTIVE' };
  }

  /**
   * One side of a reseller link (the caller's own organisation) asks the other for it. REQUESTED
   * whether the other side exists or not; ACTIVE, writing nothing, when the link is in force.
   * `requestedBy` is the side whose request is pending (the other side's, when it asked first).
   */
  async requestResellerLink(input: RequestResellerLinkInput): Promise<LinkRequestResult> {
    const partnerId = this.ownPartner('A reseller link is asked for by one of its sides; the platform operator links with linkReseller.');
    assertMayWrite(this.caller, { partnerIds: [input.resellerId, input.providerId] });
    const row = { kind: 'RESELLER_LINK' as const, fromId: input.resellerId, toId: input.providerId, requestingPartnerId: partnerId, requestedBy: this.caller.subject };
    await this.apply('requestResellerLink', 'relationshipRequests', row, input.clientMutationId, { fieldPath: inputField({ fromId: 'resellerId', toId: 'providerId' }) });
    const result = { resellerId: input.resellerId, providerId: input.providerId };
    if (await this.relationshipOpen('RESELLER_LINK', input.resellerId, input.providerId)) return { ...result, requestedBy: null, status: 'ACTIVE' };
    const request = (await this.repos.writer.read([relationshipRequestId('RESELLER_LINK', input.resellerId, input.providerId)])).values().next().value;
    return { ...result, requestedBy: request?.type === 'RelationshipRequest' ? request.state.requestingPartnerId : partnerId, status: 'REQUESTED' };
  }

  /** The side that did not ask (or the platform operator) accepts a pending link request: NOT_FOUND when there is none from the other side. */
  async acceptResellerLink(input: LinkResellerInput): Promise<ResellerLinkResult> {
    if (!isOperator(this.caller)) assertMayWrite(this.caller, { partnerIds: [input.resellerId, input.providerId] });
    await this.openLink('acceptResellerLink', 'ACCEPTED', input);
    return this.link(input.resellerId, input.providerId, true);
  }

  /** The platform operator links a reseller to a provider without a request; a partner asks with requestResellerLink (FORBIDDEN here). */
  async linkReseller(input: LinkResellerInput): Promise<ResellerLinkResult> {
    if (!isOperator(this.caller)) {
      throw new ForbiddenError('A reseller link takes both sides: ask with requestResellerLink; the other side accepts with acceptResellerLink.');
    }
    await this.openLink('linkReseller', 'GRANTED', input);
    return this.link(input.resellerId, input.providerId, true);
  }

  private async openLink(operation: string, origin: RelationshipGrantRow['origin'], input: LinkResellerInput): Promise<void> {
    const row: RelationshipGrantRow = {
      kind: 'RESELLER_LINK',
      fromId: input.resellerId,
      toId: input.providerId,
      origin,
      acceptedBy: this.caller.subject,
      acceptingPartnerId: isOperator(this.caller) ? null : this.caller.partnerId,
      validFrom: iso(input.effectiveAt),
    };
    await this.apply(operation, 'relationshipGrants', row, input.clientMutationId, { fieldPath: GRANT_FIELDS('resellerId', 'providerId') });
  }

  /** Whether the relationship is open now, as the write path stores it (the holder's state). */
  private async relationshipOpen(kind: RelationshipKind, fromId: string, toId: string): Promise<boolean> {
    const holder = (await this.repos.writer.read([kind === 'CUSTOMER' ? toId : fromId])).values().next().value;
    if (holder?.type === 'Customer') return Boolean(holder.state?.relationships?.some((r) => r.partnerId === fromId));
    if (holder?.type === 'Partner') return holder.state.links.some((l) => l.providerId === toId);
    return false;
  }

  /** The caller's partner organisation; FORBIDDEN (with `why`) for a caller without one. */
  private ownPartner(why: string): string {
    if (!this.caller.partnerId) throw new ForbiddenError(why);
    return this.caller.partnerId;
  }

  /**
   * Either side of a link (or the operator) ends it alone. To a partner, a link that is not in
   * force is NOT_FOUND whether or not the other side exists, so ending one tells nothing of what
   * exists beyond its scope.
   */
  async unlinkReseller(input: UnlinkResellerInput): Promise<ResellerLinkResult> {
    const row = {
      resellerId: input.resellerId,
      providerId: input.providerId,
      moveSubscriptionsTo: input.moveSubscriptionsTo ?? null,
      effectiveAt: iso(input.effectiveAt),
    };
    const checks = async () => {
      await this.guard([], { partnerIds: [input.resellerId, input.providerId] });
      if (!isOperator(this.caller) && !(await this.relationshipOpen('RESELLER_LINK', input.resellerId, input.providerId))) {
        throw new NotFoundError(`No reseller link from "${input.resellerId}" to "${input.providerId}".`, { id: input.providerId });
      }
    };
    await this.apply('unlinkReseller', 'resellerUnlinks', row, input.clientMutationId, { checks });
    return this.link(input.resellerId, input.providerId, false);
  }

  async setSupportRule(input: SupportRuleInput): Promise<SupportRuleRecord> {
    if (!isOperator(this.caller)) throw new ForbiddenError('Only the platform operator may edit the support matrix.');
    const rule = { offerCategory: input.offerCategory, issueType: input.issueType, steps: input.steps.map((s) => ({ ...s })) };
    await this.apply('setSupportRule', 'supportRules', rule, input.clientMutationId);
    const [stored] = await this.repos.supportMatrix.findRules([{ offerCategory: rule.offerCategory, issueType: rule.issueType }]);
    return stored;
  }

  /**
   * Changing an existing subscription's partner of record or provider takes its current partner
   * of record (or the operator): its provider alone may not move it (FORBIDDEN).
   */
  private async assertMayChangeParties(input: RecordSubscriptionInput): Promise<void> {
    if (isOperator(this.caller)) return;
    const [current] = await this.repos.subscriptions.findByIds([input.id]);
    if (!current) return;
    const moves = current.partnerOfRecordId !== input.partnerId || (current.indirectProviderId ?? null) !== (input.providerId ?? null);
    if (moves && current.partnerOfRecordId !== this.caller.partnerId) {
      throw new ForbiddenError("Only the subscription's current partner of record may change its partner of record or provider.");
    }
  }

  private meta(operation: string, clientMutationId: string | null | undefined): WriteMeta {
    return { operation, callerId: this.caller.subject, at: this.at, clientMutationId: clientMutationId ?? null };
  }

  /**
   * Writes one row in its own transaction; returns how many entities changed. First it runs
   * `checks` (the caller's rights, what must exist) unless this write is a retry, with the
   * caller's idempotency key, of one it already made: that one passed them, and its own effect may
   * fail them now (a removed entity is no longer found, a subscription handed over is no longer
   * the caller's). The write path then answers the first outcome and writes nothing. A check that
   * fails is looked at again: a concurrent copy of the same keyed write may have committed between
   * the first look and the check.
   */
  private async apply<K extends WriteOpName>(
    operation: string,
    op: K,
    row: OpRows[K],
    clientMutationId: string | null | undefined,
    { checks, fieldPath = inputField() }: { checks?: () => Promise<unknown>; fieldPath?: (field: string) => string } = {},
  ): Promise<number> {
    if (checks) {
      const done = async () => Boolean(clientMutationId && (await this.repos.writer.findReplay(op, [row], this.meta(operation, clientMutationId))));
      if (!(await done())) {
        try {
          await checks();
        } catch (error) {
          if (!(await done())) throw error;
        }
      }
    }
    try {
      const outcome = await this.repos.writer.write(op, [row], this.meta(operation, clientMutationId), { strict: true });
      this.writtenAt = new Date(outcome.at);
      this.readFrom(this.writtenAt);
      return outcome.changed;
    } catch (error) {
      if (error instanceof WriteRejectedError) throw rejectionToError(error.rejections[0].problems, fieldPath, op === 'supportRules' ? supportRuleId(row as OpRows['supportRules']) : null);
      throw error;
    }
  }

  /** The subscription as the last write left it: when it was written, or when a change dated ahead takes effect. */
  private async subscription(id: string, effectiveAt?: Date | null): Promise<SubscriptionRecord> {
    const written = this.writtenAt ?? this.at;
    const moment = effectiveAt && effectiveAt > written ? effectiveAt : written;
    this.readFrom(moment);
    const [found] = await this.repos.subscriptions.findByIds([id], moment);
    return found;
  }

  private async link(resellerId: string, providerId: string, active: boolean): Promise<ResellerLinkResult> {
    // As the write left them: a link just opened makes each side visible to the other from then on.
    const partners = await this.repos.partners.findByIds([resellerId, providerId], this.writtenAt ?? this.at);
    const byId = (id: string) => partners.find((p) => p.id === id)!;
    return { reseller: byId(resellerId), provider: byId(providerId), active };
  }
}

/** The answer for an id the caller may not see, the same as for one that does not exist. */
function notFound(id: string): NotFoundError {
  return new NotFoundError(`No entity with id "${id}".`, { id });
}

function rejectionToError(problems: Problem[], fieldPath: (field: string) => string, ruleId: string | null): BadUserInputError | NotFoundError {
  // An acceptance with no request to accept: NOT_FOUND, as for any id the caller cannot see.
  if (problems[0].field === 'request') return new NotFoundError('No pending request from the other side to accept.');
  const located = problems.map((p) => ({ field: fieldPath(p.field), reason: p.reason }));
  const what = ruleId ? ` (rule ${ruleId})` : '';
  return new BadUserInputError(`${located[0].field}${what}: ${located[0].reason}`, { field: located[0].field, problems: located });
}
