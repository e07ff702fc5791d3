import fs from 'node:fs';
import path from 'node:path';
import { buildSchema, GraphQLEnumType, GraphQLInterfaceType, GraphQLObjectType, isEnumType, isInterfaceType, isNonNullType, isObjectType } from 'graphql';
import { buildGraphQLSchema, printSchemaSdl } from '../../src/schema/build-schema';

test('schema/schema.graphql is what the code emits (run `npm run schema:emit` after a schema change)', () => {
  const committed = fs.readFileSync(path.join(__dirname, '..', '..', 'schema', 'schema.graphql'), 'utf8');
  expect(printSchemaSdl()).toBe(committed);
});

/**
 * The part of the schema frontends code against; the service may add around it, never change it.
 * Changed once, on purpose, when the matrix was read again against the article: CONFIGURATION is
 * ACCOUNT_SETUP (« la configuration … des comptes » is account setup), and a contact's kind is the
 * ContactKind enum (its values are the strings it held).
 */
const CONTRACT = /* GraphQL */ `
  enum IssueType { TECHNICAL BILLING SUBSCRIPTION_MANAGEMENT ACCOUNT_SETUP ACCOUNT_PAYMENT
                   COMMERCE_PLATFORM DEPLOYMENT_PROVISIONING OUTAGE }
  enum ContactKind { SUPPORT_DESK PARTNER_SUPPORT ENGINEERING CUSTOMER_SUPPORT CSP_PROGRAM }
  enum SupportRole { PARTNER_OF_RECORD INDIRECT_PROVIDER PUBLISHER MICROSOFT }
  enum SupportDuty { FIRST_CONTACT RESPONSIBLE SHARED PLATFORM }
  enum PartnerKind { DIRECT INDIRECT_PROVIDER INDIRECT_RESELLER }
  enum SalesModel { DIRECT INDIRECT }
  type Query {
    supportPath(customerId: ID!, offerId: ID!, issueType: IssueType!, subscriptionId: ID): SupportPath!
    customer(id: ID!): Customer
    customers(first: Int, after: String): CustomerConnection!
    partner(id: ID!): Partner
    offer(id: ID!): Offer
    publisher(id: ID!): Publisher
  }
  type CustomerConnection { edges: [CustomerEdge!]! pageInfo: PageInfo! totalCount: Int! }
  type CustomerEdge { node: Customer! cursor: String! }
  type PageInfo { hasNextPage: Boolean! endCursor: String }
  type SupportPath { customer: Customer! offer: Offer! subscription: Subscription!
                     issueType: IssueType! salesModel: SalesModel! steps: [SupportStep!]! }
  type SupportStep { rank: Int! role: SupportRole! duty: SupportDuty! party: SupportParty!
                     contacts: [SupportContact!]! reason: String! }
  interface SupportParty { id: ID! name: String! }
  type Customer { id: ID! name: String! subscriptions: [Subscription!]! }
  type Subscription { id: ID! customer: Customer! offer: Offer! salesModel: SalesModel!
                      partnerOfRecord: Partner! indirectProvider: Partner }
  type Partner implements SupportParty { id: ID! name: String! kind: PartnerKind! contacts: [SupportContact!]! }
  type Publisher implements SupportParty { id: ID! name: String! isMicrosoft: Boolean! offers: [Offer!]! contacts: [SupportContact!]! }
  type Offer { id: ID! name: String! publisher: Publisher! contacts: [SupportContact!]! }
  type SupportContact { kind: ContactKind! name: String email: String phone: String url: String }
`;

test('every type, field, argument and enum value of the frontend contract is in the schema, unchanged (added arguments are optional)', () => {
  const contract = buildSchema(CONTRACT);
  const actual = buildGraphQLSchema();
  for (const type of Object.values(contract.getTypeMap())) {
    if (type.name.startsWith('__') || ['String', 'Int', 'ID', 'Boolean', 'Float'].includes(type.name)) continue;
    const mine = actual.getType(type.name);
    expect(mine?.constructor).toBe(type.constructor);
    if (isEnumType(type)) {
      expect((mine as GraphQLEnumType).getValues().map((v) => v.name).sort()).toEqual(type.getValues().map((v) => v.name).sort());
    }
    if (isObjectType(type) || isInterfaceType(type)) {
      const fields = (mine as GraphQLObjectType | GraphQLInterfaceType).getFields();
      for (const field of Object.values(type.getFields())) {
        const have = fields[field.name];
        expect(`${type.name}.${field.name}: ${String(have?.type)}`).toBe(`${type.name}.${field.name}: ${String(field.type)}`);
        const args = (f: typeof field) => f.args.map((a) => `${a.name}: ${String(a.type)}`).sort();
        expect(args(have)).toEqual(expect.arrayContaining(args(field)));
        // An argument the service adds must be optional, so every query written against the contract stays valid.
        const added = have.args.filter((a) => !field.args.some((c) => c.name === a.name));
        expect(added.filter((a) => isNonNullType(a.type)).map((a) => `${type.name}.${field.name}(${a.name})`)).toEqual([]);
      }
      if (isObjectType(type)) {
        expect((mine as GraphQLObjectType).getInterfaces().map((i) => i.name)).toEqual(type.getInterfaces().map((i) => i.name));
      }
    }
  }
});
