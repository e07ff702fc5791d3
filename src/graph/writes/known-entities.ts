import type { Snapshot } from '../../domain/entity-state';
import { OpRows, WRITE_OPS, WriteOp, WriteOpName } from './write-ops';

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

  /**
   * Records an accepted row, as its operation says later rows see it (WriteOp.seen, or else
   * WriteOp.after); `stored` holds the graph's state of the entities it names. Operations with no
   * entity of their own (mutation-only ones) record nothing: later rows read the graph.
   */
  accept<K extends WriteOpName>(op: K, row: OpRows[K], stored: ReadonlyMap<string, Snapshot>, now: string): void {
    const def = WRITE_OPS[op] as WriteOp<OpRows[K], unknown>;
    if (!def.label) return;
    const id = def.lockIds(row)[0];
    const before = this.entities.get(id) ?? stored.get(id);
    const snapshot = (def.seen ?? def.after)?.(row, before, now);
    if (snapshot?.type === 'Publisher' && snapshot.state.isMicrosoft) this.microsoft = id;
    if (snapshot && STATEFUL.has(snapshot.type)) this.entities.set(id, snapshot);
    else if (!STATEFUL.has(def.label)) this.entities.set(id, TYPE_ONLY[def.label as keyof typeof TYPE_ONLY]);
  }
}
