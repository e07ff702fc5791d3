import 'reflect-metadata';
import { IssueType } from '../src/domain/enums';
import type { TxRunner } from '../src/graph/executor';
import { encodeCursor, setCursorSecret } from '../src/schema/common/connection';
import { SCOPE_ALL } from './plan';

/** What the requests pick from, read once from the loaded graph. */
export interface Fixture {
  /** Subscriptions held now, with their customer and offer. */
  subscriptions: Array<{ customerId: string; offerId: string; subscriptionId: string }>;
  largestPublisherId: string;
  /** Customer ids to start a 20-customer browse after (spread over the list). */
  browseAfterIds: string[];
  /** The customer id 90% down the list: a deep `customers(first: 50)` page starts after it. */
  deepAfterId: string;
}

/** The service's issue types (the enum itself: a renamed type must not turn requests into errors). */
export const ISSUE_TYPES = Object.values(IssueType);

/**
 * The key the bench's service signs cursors with (its CURSOR_SECRET), so the bench can start a
 * page after any customer as a client holding that cursor would.
 */
export const BENCH_CURSOR_SECRET = 'bench-cursor-secret-not-for-any-deployment';

/** A GraphQL request. */
export interface GraphQLRequest {
  query: string;
  variables: Record<string, unknown>;
}

/** One request's inputs, drawn at random; the same draw feeds every target. */
export type Draw = Record<string, unknown>;

export interface Scenario {
  name: string;
  draw(fixture: Fixture, random: () => number): Draw;
  /** The service's GraphQL request. */
  ours(draw: Draw): GraphQLRequest;
  /** The hand-written Cypher for the same answer, in one read transaction; resolves to the statements it ran. */
  baseline(tx: TxRunner, draw: Draw, at: string): Promise<number>;
  /** The same answer from @neo4j/graphql, where it can express it. */
  peer?(draw: Draw): GraphQLRequest;
  /** Statements the peer runs per request: @neo4j/graphql translates each root field into one. */
  peerStatements?: number;
}

const pick = <T>(items: readonly T[], random: () => number): T => items[Math.floor(random() * items.length)];
const CONTACT = 'id kind name email phone url hours sla';

/** The service's cursor of `customers` for a sort key, signed with the bench service's key (src/schema/common/connection.ts). */
export function serviceCursor(sortKey: string): string {
  setCursorSecret(BENCH_CURSOR_SECRET);
  return encodeCursor('Query.customers', sortKey);
}

/**
 * The stack baseline's request for a scenario's draw (bench/stack-main.ts): one field, whose
 * resolver runs the scenario's hand-written Cypher and answers its records as one JSON value.
 */
export function stackRequest(scenario: string, draw: Draw): GraphQLRequest {
  return {
    query: 'query($scenario: String!, $draw: JSONObject!) { answer(scenario: $scenario, draw: $draw) }',
    variables: { scenario, draw },
  };
}

export const SCENARIOS: Scenario[] = [
  {
    name: 'supportPath',
    draw: (f, random) => ({ ...pick(f.subscriptions, random), issueType: pick(ISSUE_TYPES, random) }),
    ours: (d) => ({
      query: `query($customerId: ID!, $offerId: ID!, $subscriptionId: ID, $issueType: IssueType!) {
        supportPath(customerId: $customerId, offerId: $offerId, subscriptionId: $subscriptionId, issueType: $issueType) {
          offerCategory salesModel hasGaps customer { id name } offer { id name } subscription { id startedAt }
          steps { rank role duty reason missingContactKinds party { id name } contacts { ${CONTACT} } }
        }
      }`,
      variables: d,
    }),
    baseline: async (tx, d, at) => {
      await tx.run('bench/find-support-path', { ...d, at });
      return 1;
    },
    peer: (d) => ({
      query: `query($subscriptionId: ID!, $issueType: String!) {
        cspSubscriptions(where: { id: { eq: $subscriptionId } }) {
          id
          customer { id name }
          offer { id name contacts { ${CONTACT} } publisher { id name isMicrosoft contacts { ${CONTACT} } } }
          partnerOfRecord { id name kind contacts { ${CONTACT} } }
          indirectProvider { id name kind contacts { ${CONTACT} } }
          designatedSupport { id name kind contacts { ${CONTACT} } }
        }
        supportRules(where: { issueType: { eq: $issueType } }) { offerCategory issueType steps(sort: [{ rank: ASC }]) { rank role duty contactKinds reason } }
        publishers(where: { isMicrosoft: { eq: true } }) { id name contacts { ${CONTACT} } }
      }`,
      variables: { subscriptionId: d.subscriptionId, issueType: d.issueType },
    }),
    peerStatements: 3,
  },
  {
    name: 'customerBrowse',
    draw: (f, random) => ({ afterId: pick(f.browseAfterIds, random) }),
    ours: (d) => ({
      query: `query($after: String) {
        customers(first: 20, after: $after) {
          edges { node { id name subscriptions { id offer { id name publisher { id name contacts { id kind email } } } } } }
        }
      }`,
      variables: { after: serviceCursor(d.afterId as string) },
    }),
    baseline: async (tx, d, at) => {
      await tx.run('bench/page-customer-browse', { afterId: d.afterId, limit: 20, at });
      return 1;
    },
    peer: (d) => ({
      query: `query($after: String!) {
        customers(where: { id: { gt: $after } }, sort: [{ id: ASC }], limit: 20) {
          id name
          subscriptionsConnection(where: { edge: { validTo: { eq: null } } }) {
            edges { node { id offer { id name publisher { id name contacts { id kind email } } } } }
          }
        }
      }`,
      variables: { after: d.afterId },
    }),
    peerStatements: 1,
  },
  {
    name: 'outageImpact',
    draw: (f) => ({ publisherId: f.largestPublisherId }),
    ours: (d) => ({
      query: `query($publisherId: ID!) {
        outageImpact(publisherId: $publisherId) {
          affectedCustomerCount affectedSubscriptionCount offers { id name }
          partners(first: 20) { totalCount edges { node { affectedCustomerCount affectedSubscriptionCount roles partner { id name kind } } } }
        }
      }`,
      variables: d,
    }),
    baseline: async (tx, d) => {
      const scope = await tx.run<{ offers: Array<{ id: string }> }>('outage/find-outage-scope', { publisherId: d.publisherId, offerId: null, scope: SCOPE_ALL });
      const offerIds = (scope.records[0]?.get('offers') ?? []).map((o) => o.id);
      await tx.run('outage/page-outage-partners', { offerIds, after: null, limit: 21, scope: SCOPE_ALL });
      return 2;
    },
  },
  {
    name: 'supportGaps',
    draw: () => ({}),
    ours: () => ({
      query: `{ supportGaps(first: 100) { totalCount edges { cursor node { kind detail missingContactKinds issueTypes affectedCustomerCount affectedSubscriptionCount } } } }`,
      variables: {},
    }),
    baseline: async (tx) => {
      await tx.run('support-gaps/page-support-gaps', { kind: null, afterKind: null, afterId: null, limit: 101, scope: SCOPE_ALL });
      return 1;
    },
  },
  {
    name: 'customersDeep',
    draw: (f) => ({ afterId: f.deepAfterId }),
    ours: (d) => ({
      query: `query($after: String) {
        customers(first: 50, after: $after) { totalCount edges { cursor node { id name } } pageInfo { hasNextPage endCursor } }
      }`,
      variables: { after: serviceCursor(d.afterId as string) },
    }),
    baseline: async (tx, d) => {
      await tx.run('customer/page-customers', {
        afterId: d.afterId,
        limit: 51,
        nameContains: null,
        servedByPartnerId: null,
        publisherId: null,
        scope: SCOPE_ALL,
      });
      return 1;
    },
    peer: (d) => ({
      query: `query($after: String!) {
        page: customersConnection(first: 50, where: { id: { gt: $after } }, sort: [{ id: ASC }]) { edges { cursor node { id name } } pageInfo { hasNextPage endCursor } }
        all: customersConnection { totalCount }
      }`,
      variables: { after: d.afterId },
    }),
    peerStatements: 2,
  },
];

/**
 * A read-only @neo4j/graphql model of the same graph (no mutations are generated): what the
 * peer answers from. Time-bound relationships carry their validity, so "now" is `validTo: null`
 * (the generated data ends subscriptions only in the past).
 */
export const PEER_TYPE_DEFS = /* GraphQL */ `
  extend schema @mutation(operations: [])

  type Validity @relationshipProperties {
    validFrom: DateTime
    validTo: DateTime
  }

  # String, not ID: keyset pages need \`gt\`, which @neo4j/graphql offers on strings only (a feature flag).
  type Customer @node {
    id: String!
    name: String
    subscriptions: [CspSubscription!]! @relationship(type: "HAS_SUBSCRIPTION", direction: OUT, properties: "Validity")
  }

  # "Subscription" is GraphQL's root type name: the node type takes another name, the same label.
  type CspSubscription @node(labels: ["Subscription"]) {
    id: ID!
    customer: [Customer!]! @relationship(type: "HAS_SUBSCRIPTION", direction: IN, properties: "Validity")
    offer: [Offer!]! @relationship(type: "FOR_OFFER", direction: OUT)
    partnerOfRecord: [Partner!]! @relationship(type: "SOLD_BY", direction: OUT, properties: "Validity")
    indirectProvider: [Partner!]! @relationship(type: "SUPPLIED_BY", direction: OUT, properties: "Validity")
    designatedSupport: [Partner!]! @relationship(type: "DESIGNATED_SUPPORT", direction: OUT, properties: "Validity")
  }

  type Offer @node {
    id: ID!
    name: String
    publisher: [Publisher!]! @relationship(type: "PUBLISHED_BY", direction: OUT)
    contacts: [SupportContact!]! @relationship(type: "HAS_CONTACT", direction: OUT)
  }

  type Publisher @node {
    id: ID!
    name: String
    isMicrosoft: Boolean
    contacts: [SupportContact!]! @relationship(type: "HAS_CONTACT", direction: OUT)
  }

  type Partner @node {
    id: ID!
    name: String
    kind: String
    contacts: [SupportContact!]! @relationship(type: "HAS_CONTACT", direction: OUT)
  }

  type SupportContact @node {
    id: ID!
    kind: String
    name: String
    email: String
    phone: String
    url: String
    hours: String
    sla: String
  }

  type SupportRule @node {
    id: ID!
    offerCategory: String
    issueType: String
    steps: [SupportRuleStep!]! @relationship(type: "HAS_STEP", direction: OUT)
  }

  type SupportRuleStep @node {
    rank: Int
    role: String
    duty: String
    contactKinds: [String!]
    reason: String
  }
`;
