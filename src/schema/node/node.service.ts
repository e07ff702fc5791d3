import type DataLoader from 'dataloader';
import type { GraphTypeName } from '../../graph/records';
import type { Loaders } from '../../loaders/create-loaders';
import { Typed, typed } from '../common/typed';

export class NodeService {
  private readonly byType: Record<GraphTypeName, DataLoader<string, object | null>>;

  constructor(private readonly loaders: Loaders) {
    this.byType = {
      Customer: loaders.customer,
      Partner: loaders.partner,
      Publisher: loaders.publisher,
      Offer: loaders.offer,
      Subscription: loaders.subscription,
      SupportContact: loaders.contact,
    };
  }

  /** The node with this global id, tagged with its GraphQL type, or null when no node has it. */
  async find(id: string): Promise<Typed<object> | null> {
    const type = await this.loaders.nodeType.load(id);
    return type && this.load(type, id);
  }

  /** The node of a known type with this id, tagged with the type (batched per type), or null. */
  async load(type: GraphTypeName, id: string): Promise<Typed<object> | null> {
    const record = await this.byType[type].load(id);
    return record && typed(type, record);
  }
}
