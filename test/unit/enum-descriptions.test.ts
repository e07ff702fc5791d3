import { GraphQLEnumType } from 'graphql';
import { buildGraphQLSchema, printSchemaSdl } from '../../src/schema/build-schema';

/**
 * The domain's vocabularies (src/schema/enums.ts) are read in a GraphQL IDE by partner staff and
 * analysts: each value says what it covers, in a user's words, in the schema itself.
 */
const DOMAIN_ENUMS = [
  'IssueType',
  'SupportRole',
  'SupportDuty',
  'OfferType',
  'OfferCategory',
  'ArticleClause',
  'ContactKind',
  'ContactAudience',
  'ResourceKind',
  'PartnerKind',
  'SalesModel',
];

test.each(DOMAIN_ENUMS)('every value of %s has a description', (name) => {
  const type = buildGraphQLSchema().getType(name) as GraphQLEnumType;
  expect(type.description?.trim()).toBeTruthy();
  expect(type.getValues().filter((v) => !v.description?.trim()).map((v) => v.name)).toEqual([]);
});

test('no description in the schema claims what the article does not say (the words of the old reasons)', () => {
  // The article expects ISVs to give partners outage notifications (ISV_ENABLEMENT); it does not
  // say partners must hear of outages, nor that anyone escalates or is never reached directly.
  const claims = printSchemaSdl()
    .split('\n')
    .filter((line) => /escalat|never directly|once deployed|must hear/i.test(line));
  expect(claims).toEqual([]);
});
