import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { GraphNode } from './graph-node.union';

@Resolver()
export class NodeResolver {
  @Query(() => GraphNode, {
    nullable: true,
    description: 'Any customer, partner, publisher, offer, subscription or support contact by its global id, or null.',
  })
  node(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<object | null> {
    return ctx.services.nodes.find(id);
  }
}
