import 'reflect-metadata';
import { GraphQLSchema, lexicographicSortSchema, printSchema } from 'graphql';
import { buildSchemaSync } from 'type-graphql';
import { ChangeResolver } from './change/change.resolver';
import { CustomerResolver } from './customer/customer.resolver';
import { OfferResolver } from './offer/offer.resolver';
import { PartnerResolver } from './partner/partner.resolver';
import { PublisherResolver } from './publisher/publisher.resolver';
import { SubscriptionResolver } from './subscription/subscription.resolver';
import { SupportPathResolver } from './support-path/support-path.resolver';
import { ResourceResolver, WriteResolver } from './write/write.resolver';

let schema: GraphQLSchema | undefined;

/** The executable schema, built once from the resolver classes. */
export function buildGraphQLSchema(): GraphQLSchema {
  schema ??= buildSchemaSync({
    resolvers: [
      SupportPathResolver,
      CustomerResolver,
      SubscriptionResolver,
      OfferResolver,
      PartnerResolver,
      PublisherResolver,
      ChangeResolver,
      WriteResolver,
      ResourceResolver,
    ],
    validate: false,
  });
  return schema;
}

/** The SDL committed as schema/schema.graphql: types sorted by name, so diffs stay readable. */
export function printSchemaSdl(): string {
  return printSchema(lexicographicSortSchema(buildGraphQLSchema())) + '\n';
}
