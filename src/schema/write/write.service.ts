import type { Caller } from '../../auth/caller';
import { assertMayWrite, isOperator, WriteOwners } from '../../auth/write-guard';
import type { RemovalRow } from '../../domain/dataset';
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
import { WriteRejectedError } from '../../graph/writes/graph-writer';
import type { OpRows, WriteOpName } from '../../graph/writes/write-ops';
import type {
  CustomerInput,
  EndSubscriptionInput,
  LinkResellerInput,
  OfferInput,
  PartnerInput,
  PublisherInput,
  RecordSubscriptionInput,
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

export interface ResellerLinkResult {
  reseller: PartnerRecord;
  provider: PartnerRecord;
  active: boolean;
}

/** Where a row field comes from in a mutation's arguments: `input.<field>`, with the fields a row names differently. */
const inputField = (aliases: Record<string, string> = {}) => (field: string) => `input.${aliases[field] ?? field}`;
const DATED = inputField({ validFrom: 'effectiveAt' });

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
    // A new customer is any partner's to create; an existing one belongs to the partners serving it.
    await this.guard([input.id], { partnerIds: [this.caller.partnerId] });
    await this.apply('upsertCustomer', 'customers', { id: input.id, name: input.name }, input.clientMutationId);
    return { id: input.id, name: input.name };
  }

  async upsertPartner(input: PartnerInput): Promise<PartnerRecord> {
    await this.guard([input.id], { partnerIds: [input.id] });
    await this.apply('upsertPartner', 'partners', { id: input.id, name: input.name, kind: input.kind }, input.clientMutationId);
    return { id: input.id, name: input.name, kind: input.kind };
  }

  async upsertPublisher(input: PublisherInput): Promise<PublisherRecord> {
    await this.guard([], { publisherIds: [input.id] });
    const isMicrosoft = input.isMicrosoft ?? false;
    await this.apply('upsertPublisher', 'publishers', { id: input.id, name: input.name, isMicrosoft }, input.clientMutationId);
    return { id: input.id, name: input.name, isMicrosoft };
  }

  async upsertOffer(input: OfferInput): Promise<OfferRecord> {
    await this.guard([input.id], { publisherIds: [input.publisherId] });
    await this.apply('upsertOffer', 'offers', { id: input.id, name: input.name, publisherId: input.publisherId, offerType: input.offerType }, input.clientMutationId);
    const [offer] = await this.repos.offers.findByIds([input.id]);
    return offer;
  }

  async upsertSupportContact(input: SupportContactInput): Promise<SupportContactRecord> {
    // The stored contact's owner, and the new owner (a partner, a publisher, or an offer's publisher).
    await this.guard([input.id, input.ownerId]);
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
    await this.apply('upsertSupportContact', 'contacts', { ...contact, ownerId: input.ownerId }, input.clientMutationId);
    return contact;
  }

  async upsertResource(input: ResourceInput): Promise<ResourceRecord> {
    await this.guard([input.id, input.offerId]);
    const resource = { id: input.id, offerId: input.offerId, kind: input.kind as ResourceKind, url: input.url };
    await this.apply('upsertResource', 'resources', resource, input.clientMutationId);
    return resource;
  }

  /** Removes an entity of this type; `removed: false` when there was none (a retry succeeds). */
  async remove(operation: string, type: RemovalRow['type'], id: string, clientMutationId: string | null = null): Promise<RemovalResult> {
    await this.guard([id], {}, { mustExist: id });
    const changed = await this.apply(operation, 'removals', { id, type }, clientMutationId, (field) => field);
    return { id, removed: changed > 0 };
  }

  async recordSubscription(input: RecordSubscriptionInput): Promise<SubscriptionRecord> {
    // A partner attaches a subscription only to a customer it serves now, or to one nobody serves
    // (a customer it just created): never to another partner's customer (checked first, so that
    // a hidden customer is NOT_FOUND whatever the rest of the input says).
    const [customer] = await this.repos.writeOwners.find([input.customerId]);
    if (customer?.partnerIds.length) await this.guard([input.customerId]);
    await this.guard([input.id], { partnerIds: [input.partnerId, input.providerId] });
    await this.assertMayChangeParties(input);
    const at = iso(input.effectiveAt);
    await this.apply(
      'recordSubscription',
      'subscriptions',
      {
        id: input.id,
        customerId: input.customerId,
        offerId: input.offerId,
        partnerId: input.partnerId,
        providerId: input.providerId ?? null,
        validFrom: at,
        effectiveAt: at,
      },
      input.clientMutationId,
      DATED,
    );
    return this.subscription(input.id, input.effectiveAt);
  }

  async endSubscription(input: EndSubscriptionInput): Promise<SubscriptionRecord> {
    await this.guard([input.subscriptionId], {}, { mustExist: input.subscriptionId });
    await this.apply('endSubscription', 'subscriptionEnds', { subscriptionId: input.subscriptionId, effectiveAt: iso(input.effectiveAt) }, input.clientMutationId);
    return this.subscription(input.subscriptionId);
  }

  async setSubscriptionSupportContact(input: SubscriptionSupportContactInput): Promise<SubscriptionRecord> {
    await this.guard([input.subscriptionId], {}, { mustExist: input.subscriptionId });
    await this.apply('setSubscriptionSupportContact', 'supportDesignations', {
      subscriptionId: input.subscriptionId,
      resellerId: input.resellerId ?? null,
      effectiveAt: iso(input.effectiveAt),
    }, input.clientMutationId);
    return this.subscription(input.subscriptionId, input.effectiveAt);
  }

  async linkReseller(input: LinkResellerInput): Promise<ResellerLinkResult> {
    await this.guard([], { partnerIds: [input.resellerId, input.providerId] });
    await this.apply('linkReseller', 'resellerLinks', { resellerId: input.resellerId, providerId: input.providerId, validFrom: iso(input.effectiveAt) }, input.clientMutationId, DATED);
    return this.link(input.resellerId, input.providerId, true);
  }

  async unlinkReseller(input: UnlinkResellerInput): Promise<ResellerLinkResult> {
    await this.guard([], { partnerIds: [input.resellerId, input.providerId] });
    await this.apply('unlinkReseller', 'resellerUnlinks', {
      resellerId: input.resellerId,
      providerId: input.providerId,
      moveSubscriptionsTo: input.moveSubscriptionsTo ?? null,
      effectiveAt: iso(input.effectiveAt),
    }, input.clientMutationId);
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

  /** Writes one row in its own transaction; returns how many entities changed. */
  private async apply<K extends WriteOpName>(
    operation: string,
    op: K,
    row: OpRows[K],
    clientMutationId: string | null | undefined,
    fieldPath: (field: string) => string = inputField(),
  ): Promise<number> {
    try {
      const meta = { operation, callerId: this.caller.subject, at: this.at, clientMutationId: clientMutationId ?? null };
      const outcome = await this.repos.writer.write(op, [row], meta, { strict: true });
      this.writtenAt = new Date(outcome.at);
      return outcome.changed;
    } catch (error) {
      if (error instanceof WriteRejectedError) throw rejectionToError(error.rejections[0].problems, fieldPath, op === 'supportRules' ? supportRuleId(row as OpRows['supportRules']) : null);
      throw error;
    }
  }

  /** The subscription as the last write left it: when it was written, or when a change dated ahead takes effect. */
  private async subscription(id: string, effectiveAt?: Date | null): Promise<SubscriptionRecord> {
    const written = this.writtenAt ?? this.at;
    const [found] = await this.repos.subscriptions.findByIds([id], effectiveAt && effectiveAt > written ? effectiveAt : written);
    return found;
  }

  private async link(resellerId: string, providerId: string, active: boolean): Promise<ResellerLinkResult> {
    const partners = await this.repos.partners.findByIds([resellerId, providerId]);
    const byId = (id: string) => partners.find((p) => p.id === id)!;
    return { reseller: byId(resellerId), provider: byId(providerId), active };
  }
}

/** The answer for an id the caller may not see, the same as for one that does not exist. */
function notFound(id: string): NotFoundError {
  return new NotFoundError(`No entity with id "${id}".`, { id });
}

function rejectionToError(problems: Problem[], fieldPath: (field: string) => string, ruleId: string | null): BadUserInputError {
  const located = problems.map((p) => ({ field: fieldPath(p.field), reason: p.reason }));
  const what = ruleId ? ` (rule ${ruleId})` : '';
  return new BadUserInputError(`${located[0].field}${what}: ${located[0].reason}`, { field: located[0].field, problems: located });
}
