import { contactOwnersOfStep, contactsOfStep } from '../../domain/contacts';
import { ContactAudience, IssueType, SupportRole } from '../../domain/enums';
import { applicableSteps, assembleSteps, supportPathOf, SupportPathResult } from '../../domain/support-path';
import { BadUserInputError, NotFoundError } from '../../errors/domain-errors';
import type { Repositories } from '../../graph/repositories';
import type { SubscriptionCandidates } from '../../graph/repositories/support-path.repository';
import type { SupportContactRecord } from '../../graph/records';
import { articleClauses } from '../../graph/seed-loader';
import type { Loaders } from '../../loaders/create-loaders';

export class SupportPathService {
  /**
   * `now` is the request's moment: one moment for every path it assembles (and one loader batch).
   */
  constructor(
    private readonly repos: Repositories,
    private readonly loaders: Loaders,
    private readonly now: Date,
  ) {}

  /**
   * The support path of one subscription for an issue type, read from the matrix in the graph,
   * with the subscription's parties as they were at `at` (default: now).
   * Throws NOT_FOUND for an unknown customer or offer, a customer without that offer, or a matrix
   * with no rule for the case; BAD_USER_INPUT when several subscriptions match and none is named.
   */
  async find(args: {
    customerId: string;
    offerId: string;
    issueType: IssueType;
    subscriptionId?: string | null;
    at?: Date | null;
    audience?: ContactAudience | null;
  }): Promise<SupportPathResult> {
    const at = args.at ?? this.now;
    const subscriptionId = await this.pickSubscription(args.customerId, args.offerId, args.subscriptionId ?? null, at);
    return this.pathOf(subscriptionId, args.issueType, at, args.audience ?? ContactAudience.PARTNERS);
  }

  /**
   * Reads the candidates and, when there is exactly one, its parties and contacts in the same
   * statement, and hands those to the loaders: the path then needs no other statement (the
   * matrix is cached).
   */
  private async pickSubscription(customerId: string, offerId: string, subscriptionId: string | null, at: Date): Promise<string> {
    const found = await this.repos.supportPath.findSupportPath(customerId, offerId, subscriptionId, at);
    if (found.parties) {
      this.loaders.primeContacts(found.parties.contacts);
      this.loaders.pathParties.prime({ subscriptionId: found.parties.subscriptionId, at }, found.parties);
    }
    return chosenSubscription(customerId, offerId, subscriptionId, found);
  }

  /**
   * The support paths of every current subscription of a customer for one issue type, ordered by
   * subscription id ([] for an unknown customer). Loader-backed, so the paths of many customers
   * cost one round trip per step of assembly. Throws NOT_FOUND when the matrix has no rule for
   * one of them.
   */
  async overview(customerId: string, issueType: IssueType, audience: ContactAudience = ContactAudience.PARTNERS): Promise<SupportPathResult[]> {
    const subscriptions = await this.loaders.subscriptionsByCustomer.load(customerId);
    return Promise.all(subscriptions.map((s) => this.pathOf(s.id, issueType, this.now, audience)));
  }

  private async pathOf(subscriptionId: string, issueType: IssueType, at: Date, audience: ContactAudience): Promise<SupportPathResult> {
    const parties = await this.loaders.pathParties.load({ subscriptionId, at });
    if (!parties) throw new NotFoundError(`No subscription with id "${subscriptionId}".`, { field: 'subscriptionId' });

    const offerCategory = parties.offer.category;
    const rule = await this.loaders.supportRule.load({ offerCategory, issueType, matrixVersion: parties.matrixVersion });
    if (!rule.found) {
      throw new NotFoundError(`The support matrix has no rule for ${issueType} issues on ${offerCategory} offers.`, {
        field: 'issueType',
      });
    }

    // Which contacts stand for each step's party is the domain's (src/domain/contacts.ts); the
    // service loads them (the path's statement primed them: no statement of their own).
    const steps = applicableSteps(rule.steps, parties);
    const owners = [...new Set(steps.flatMap((step) => contactOwnersOfStep(step, parties.offer)))];
    const own = new Map(await Promise.all(owners.map(async (id) => [id, await this.loaders.contactsByOwner.load(id)] as const)));
    const contactsByRole = new Map<SupportRole, SupportContactRecord[]>(
      steps.map((step) => [step.role, contactsOfStep(step, parties.offer, (id) => own.get(id) ?? [])]),
    );
    const clauses = articleClauses();
    const assembled = assembleSteps(rule.steps, { parties, contactsByRole, audience, clause: (id) => clauses.get(id)! });
    return supportPathOf(subscriptionId, issueType, audience, parties, assembled);
  }
}

/** The one subscription the candidates name; NOT_FOUND or BAD_USER_INPUT otherwise. */
function chosenSubscription(customerId: string, offerId: string, subscriptionId: string | null, found: SubscriptionCandidates): string {
  if (!found.customerFound) throw new NotFoundError(`No customer with id "${customerId}".`, { field: 'customerId' });
  if (!found.offerFound) throw new NotFoundError(`No offer with id "${offerId}".`, { field: 'offerId' });
  const ids = found.subscriptionIds;
  if (ids.length === 0) {
    const which = subscriptionId ? `no subscription "${subscriptionId}"` : 'no subscription';
    throw new NotFoundError(`Customer "${customerId}" has ${which} to offer "${offerId}".`, {
      field: subscriptionId ? 'subscriptionId' : 'offerId',
    });
  }
  if (ids.length > 1) {
    throw new BadUserInputError(
      `Customer "${customerId}" has ${ids.length} subscriptions to offer "${offerId}"; pass subscriptionId to choose one.`,
      { field: 'subscriptionId', candidateSubscriptionIds: ids },
    );
  }
  return ids[0];
}
