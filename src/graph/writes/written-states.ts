import type { EntityType, Snapshot } from '../../domain/entity-state';
import { canonicalInstant, defaultAudience } from '../../domain/write-rules';
import type { OpRows, WriteOpName } from './write-ops';

/** The kind of entity each import set writes (and audits): its rows' own ids are of this label. */
export const OWN_LABEL: Partial<Record<WriteOpName, EntityType>> = {
  publishers: 'Publisher',
  partners: 'Partner',
  resellerLinks: 'Partner',
  offers: 'Offer',
  customers: 'Customer',
  subscriptions: 'Subscription',
  contacts: 'SupportContact',
  resources: 'Resource',
};

/**
 * The state an accepted row leaves its entity in, as write/find-entity-snapshots would read it
 * after the write, derived from the row and the entity's state before; undefined where that
 * takes more than the row (a reseller link, a subscription that already existed): those are
 * read back. Relies on what validation guarantees: an offer's publisher, a contact's owner and
 * a resource's offer never change, a partner's links are not touched by its upsert.
 */
export function writtenState<K extends WriteOpName>(op: K, row: OpRows[K], before: Snapshot | undefined, now: string): Snapshot | undefined {
  switch (op) {
    case 'publishers': {
      const r = row as OpRows['publishers'];
      return { type: 'Publisher', state: { name: r.name, isMicrosoft: Boolean(r.isMicrosoft) } };
    }
    case 'partners': {
      const r = row as OpRows['partners'];
      return { type: 'Partner', state: { name: r.name, kind: r.kind, links: before?.type === 'Partner' ? before.state.links : [] } };
    }
    case 'offers': {
      const r = row as OpRows['offers'];
      return { type: 'Offer', state: { name: r.name, offerType: r.offerType, publisherId: r.publisherId } };
    }
    case 'customers':
      return { type: 'Customer', state: { name: (row as OpRows['customers']).name } };
    case 'contacts': {
      const r = row as OpRows['contacts'];
      return {
        type: 'SupportContact',
        state: {
          ownerId: r.ownerId,
          kind: r.kind,
          audience: r.audience ?? defaultAudience(r.kind),
          name: r.name ?? null,
          email: r.email ?? null,
          phone: r.phone ?? null,
          url: r.url ?? null,
          hours: r.hours ?? null,
          sla: r.sla ?? null,
        },
      };
    }
    case 'resources': {
      const r = row as OpRows['resources'];
      return { type: 'Resource', state: { offerId: r.offerId, kind: r.kind, url: r.url } };
    }
    case 'subscriptions': {
      if (before) return undefined;
      // A new subscription: held from validFrom (default now) with its parties from then, ended
      // with them at validTo when the row has one; nobody is designated yet.
      const r = row as OpRows['subscriptions'];
      const validFrom = canonicalInstant(r.validFrom ?? now);
      return {
        type: 'Subscription',
        state: {
          customerId: r.customerId,
          offerId: r.offerId,
          partnerId: r.partnerId,
          providerId: r.providerId ?? null,
          designatedSupportId: null,
          validFrom,
          validTo: r.validTo ? canonicalInstant(r.validTo) : null,
          changedAt: validFrom,
        },
      };
    }
    default:
      return undefined;
  }
}
