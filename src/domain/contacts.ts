import { SupportRole } from './enums';
import type { SupportContactRecord } from '../graph/records';

/**
 * The contacts that stand for an offer (its details page, and the party of a path's PUBLISHER
 * step): the offer's own, and for each kind it has none of, its publisher's of that kind. Ordered
 * by kind then id. Pure: both lists as their owners hold them, in any order.
 */
export function offerContacts(own: readonly SupportContactRecord[], publisher: readonly SupportContactRecord[]): SupportContactRecord[] {
  const ownKinds = new Set(own.map((c) => c.kind));
  return [...own, ...publisher.filter((c) => !ownKinds.has(c.kind))].sort((a, b) => a.kind.localeCompare(b.kind) || a.id.localeCompare(b.id));
}

/** A path step as far as its contacts go: its role and the party it is bound to. */
export interface StepParty {
  role: SupportRole;
  party: { id: string };
}

/** Whose own contacts the contacts of a path step are made of: for a PUBLISHER step the offer's and its publisher's (contactsOfStep), otherwise its party's. */
export function contactOwnersOfStep(step: StepParty, offer: { id: string }): string[] {
  return step.role === SupportRole.PUBLISHER ? [offer.id, step.party.id] : [step.party.id];
}

/**
 * The contacts that stand for the party of a path step, given each owner's own contacts: for a
 * PUBLISHER step the offer's (offerContacts: the offer's own, completed by the publisher's),
 * otherwise the party's own (a designated support contact's, where it takes the step).
 */
export function contactsOfStep(step: StepParty, offer: { id: string }, contactsOf: (ownerId: string) => readonly SupportContactRecord[]): SupportContactRecord[] {
  return step.role === SupportRole.PUBLISHER ? offerContacts(contactsOf(offer.id), contactsOf(step.party.id)) : [...contactsOf(step.party.id)];
}
