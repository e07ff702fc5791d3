import { Arg, Authorized, Ctx, ID, Query, Resolver } from 'type-graphql';
import { MAY } from '../../auth/roles';
import type { Context } from '../../context';
import { GraphNode } from './graph-node.union';

@Resolver()
export class NodeResolver {
  @Authorized(...MAY.browse)
  @Query(() => GraphNode, {
    nullable: true,
    description: 'Any customer, partner, publisher, offer, subscription or support contact by its global id, or null.',
  })
  node(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<object | null> {
    return ctx.services.nodes.find(id);
  }
}
