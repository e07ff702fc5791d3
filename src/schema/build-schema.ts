import 'reflect-metadata';
import { GraphQLSchema, lexicographicSortSchema, printSchema } from 'graphql';
import { buildSchemaSync } from 'type-graphql';
import { authChecker } from '../auth/auth-checker';
import { ChangeResolver } from './change/change.resolver';
import { CustomerResolver } from './customer/customer.resolver';
import { NodeResolver } from './node/node.resolver';
import { OfferResolver } from './offer/offer.resolver';
import { ImpactedPartnerResolver, OutageImpactResolver } from './outage/outage-impact.resolver';
import { PartnerResolver } from './partner/partner.resolver';
import { PublisherResolver } from './publisher/publisher.resolver';
import { SearchResolver } from './search/search.resolver';
import { SubscriptionResolver } from './subscription/subscription.resolver';
import { SupportGapsResolver } from './support-gaps/support-gaps.resolver';
import { SupportMatrixResolver } from './support-matrix/support-matrix.resolver';
import { SupportRuleStepResolver } from './support-matrix/support-rule.type';
import { SupportPathResolver, SupportStepResolver } from './support-path/support-path.resolver';
import { ResourceResolver, WriteResolver } from './write/write.resolver';

let schema: GraphQLSchema | undefined;

/** The executable schema, built once from the resolver classes. */
export function buildGraphQLSchema(): GraphQLSchema {
  schema ??= buildSchemaSync({
    resolvers: [
      SupportPathResolver,
      SupportStepResolver,
      CustomerResolver,
      SubscriptionResolver,
      OfferResolver,
      PartnerResolver,
      PublisherResolver,
      SearchResolver,
      NodeResolver,
      SupportMatrixResolver,
      SupportRuleStepResolver,
      SupportGapsResolver,
      OutageImpactResolver,
      ImpactedPartnerResolver,
      ChangeResolver,
      WriteResolver,
      ResourceResolver,
    ],
    validate: false,
    authChecker,
  });
  return schema;
}

/** The SDL committed as schema/schema.graphql: types sorted by name, so diffs stay readable. */
export function printSchemaSdl(): string {
  return printSchema(lexicographicSortSchema(buildGraphQLSchema())) + '\n';
}
