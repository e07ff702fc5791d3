import { GraphQLDateTime, GraphQLJSONObject } from 'graphql-scalars';
import { Field, ID, ObjectType } from 'type-graphql';
import { ConnectionType } from '../common/connection';

@ObjectType({ description: 'One audit record: who changed an entity, when, by which operation, and its state before and after.' })
export class Change {
  @Field(() => ID)
  id!: string;

  @Field(() => GraphQLDateTime)
  at!: string;

  @Field({ description: 'Who made the change (the caller id, `seed`, or the user who ran an import).' })
  callerId!: string;

  @Field({ description: 'The mutation, `import` or `seed`.' })
  operation!: string;

  @Field(() => String, { nullable: true, description: 'Where the data came from, for an import: its file.' })
  source!: string | null;

  @Field(() => String, { nullable: true, description: 'The idempotency key (clientMutationId) the write came with, if any.' })
  clientMutationId!: string | null;

  @Field({ description: 'Customer, Partner, Publisher, Offer, Subscription, SupportContact, Resource, SupportRule or RelationshipRequest (a pending customer relationship or reseller link request).' })
  entityType!: string;

  @Field(() => ID)
  entityId!: string;

  @Field(() => GraphQLJSONObject, { nullable: true, description: 'The state before; null when the change created the entity.' })
  before!: Record<string, unknown> | null;

  @Field(() => GraphQLJSONObject, { nullable: true, description: 'The state after; null when the change removed the entity.' })
  after!: Record<string, unknown> | null;
}

export const ChangeConnection = ConnectionType(Change, 'Change');
