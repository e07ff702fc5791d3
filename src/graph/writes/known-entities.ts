import type { Snapshot } from '../../domain/entity-state';
import type { OpRows, WriteOpName } from './write-ops';

/**
 * The entities a run of writes has accepted so far, as later rows of the same run must see them:
 * an import validates every row before writing any, so a subscription may refer to a customer
 * three files earlier. States are kept only where validation reads them (partners, publishers,
 * offers); other kinds keep their type, which is all a reference or an id clash needs.
 */
/** One shared value per kind whose state is not kept: a million customers cost a million map entries, not a million objects. */
const TYPE_ONLY = {
  Customer: { type: 'Customer', state: null },
  Subscription: { type: 'Subscription', state: null },
  SupportContact: { type: 'SupportContact', state: null },
  Resource: { type: 'Resource', state: null },
} as const satisfies Record<string, Snapshot>;

/** Kinds a reference check needs the state of; the others keep only their type when remembered. */
const STATEFUL = new Set(['Partner', 'Publisher', 'Offer']);

export class KnownEntities {
  private readonly entities = new Map<string, Snapshot>();
  /** Entities validation read from the graph (not accepted from rows), so the write pass need not read them again. */
  private readonly stored = new Map<string, Snapshot>();
  private microsoft: string | null = null;

  /** The accepted entity with this id, if any. */
  get(id: string): Snapshot | undefined {
    return this.entities.get(id);
  }

  /**
   * The entity a later write of the same run may refer to: as accepted, or else as validation
   * read it from the graph. Only kinds whose state reference checks read keep their state.
   */
  reference(id: string): Snapshot | undefined {
    return this.entities.get(id) ?? this.stored.get(id);
  }

  /** Keeps what validation read from the graph (entities accepted from rows take precedence). */
  remember(read: ReadonlyMap<string, Snapshot>): void {
    for (const [id, snapshot] of read) {
      if (this.entities.has(id)) continue;
      this.stored.set(id, STATEFUL.has(snapshot.type) ? snapshot : (TYPE_ONLY[snapshot.type as keyof typeof TYPE_ONLY] ?? snapshot));
    }
  }

  /** The id of an accepted publisher flagged as Microsoft, if any. */
  microsoftPublisherId(): string | null {
    return this.microsoft;
  }

  get size(): number {
    return this.entities.size;
  }

  /** Records an accepted row; `stored` holds the graph's state of the entities it names. */
  accept<K extends WriteOpName>(op: K, row: OpRows[K], stored: ReadonlyMap<string, Snapshot>): void {
    const r = row as OpRows[WriteOpName];
    switch (op) {
      case 'publishers': {
        const p = r as OpRows['publishers'];
        this.entities.set(p.id, { type: 'Publisher', state: { name: p.name, isMicrosoft: Boolean(p.isMicrosoft) } });
        if (p.isMicrosoft) this.microsoft = p.id;
        return;
      }
      case 'partners': {
        const p = r as OpRows['partners'];
        const was = this.partner(p.id, stored);
        this.entities.set(p.id, { type: 'Partner', state: { name: p.name, kind: p.kind, links: was?.links ?? [] } });
        return;
      }
      case 'resellerLinks': {
        const l = r as OpRows['resellerLinks'];
        const reseller = this.partner(l.resellerId, stored);
        if (!reseller) return;
        const links = reseller.links.filter((link) => link.providerId !== l.providerId);
        if (!l.validTo) links.push({ providerId: l.providerId, since: l.validFrom ?? '' });
        this.entities.set(l.resellerId, { type: 'Partner', state: { ...reseller, links } });
        return;
      }
      case 'offers': {
        const o = r as OpRows['offers'];
        this.entities.set(o.id, { type: 'Offer', state: { name: o.name, publisherId: o.publisherId, offerType: o.offerType } });
        return;
      }
      case 'customers':
        this.entities.set((r as OpRows['customers']).id, TYPE_ONLY.Customer);
        return;
      case 'subscriptions':
        this.entities.set((r as OpRows['subscriptions']).id, TYPE_ONLY.Subscription);
        return;
      case 'contacts':
        this.entities.set((r as OpRows['contacts']).id, TYPE_ONLY.SupportContact);
        return;
      case 'resources':
        this.entities.set((r as OpRows['resources']).id, TYPE_ONLY.Resource);
        return;
      default:
        // Mutation-only operations change entities that already exist; later rows read the graph.
        return;
    }
  }

  private partner(id: string, stored: ReadonlyMap<string, Snapshot>) {
    const found = this.entities.get(id) ?? stored.get(id);
    return found?.type === 'Partner' ? found.state : undefined;
  }
}
