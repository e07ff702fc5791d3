import type { IdeExample } from './ide-examples';

/**
 * Every operation the explorer (web/explorer) sends to /graphql. A frontend copying the explorer
 * copies these. They live on the server's side so that the warm-up can run them too
 * (`explorerWarmUps`); the explorer's page hands them to its script, in its config
 * (`explorerPage`, src/http/ui-routes.ts).
 */

/** The search box: customers whose name matches (the search also finds partners, offers and publishers; the explorer keeps customers). */
export const SEARCH_CUSTOMERS = `query ExplorerSearch($text: String!) {
  search(text: $text, first: 20) {
    node { __typename ... on Customer { id name } }
  }
}`;

/** A customer's subscriptions, to pick one. */
export const CUSTOMER_SUBSCRIPTIONS = `query ExplorerCustomer($id: ID!) {
  customer(id: $id) {
    id
    name
    subscriptions {
      id
      salesModel
      startedAt
      endedAt
      offer { id name publisher { id name isMicrosoft } }
      partnerOfRecord { id name }
      indirectProvider { id name }
    }
  }
}`;

/** The issue types the support matrix has rules for, per offer category. */
export const MATRIX_ISSUE_TYPES = `query ExplorerIssueTypes {
  supportMatrix { offerCategory issueType }
}`;

/**
 * THE support-path query: what the drawing shows (a frontend copying the explorer edits this one
 * constant to show more or less). Each step comes with the source clauses it rests on (shown under
 * the step and on hover), the ISV's resources, and — in the customer's view (`audience:
 * CUSTOMERS`) — the earlier step through which the customer reaches a party with no contact for
 * customers.
 */
export const SUPPORT_PATH = `query ExplorerSupportPath($customerId: ID!, $offerId: ID!, $issueType: IssueType!, $subscriptionId: ID, $at: DateTime, $audience: ContactAudience) {
  supportPath(customerId: $customerId, offerId: $offerId, issueType: $issueType, subscriptionId: $subscriptionId, at: $at, audience: $audience) {
    issueType
    salesModel
    offerCategory
    hasGaps
    customer { id name }
    offer { id name publisher { id name } }
    subscription { id startedAt endedAt }
    steps {
      rank
      role
      duty
      reason
      missingContactKinds
      party { __typename id name }
      contacts { id kind name email phone url hours sla }
      clauses { clause quote translation }
      resources { kind url }
      reachedThroughRank
    }
  }
}`;

/** The explorer's operations by name, as its page hands them to its script. */
export const EXPLORER_OPERATIONS = { SEARCH_CUSTOMERS, CUSTOMER_SUBSCRIPTIONS, MATRIX_ISSUE_TYPES, SUPPORT_PATH } as const;

/**
 * The explorer's operations as the warm-up runs them (src/http/warm-up.ts), with the sample graph's
 * ids and the kinds of values the explorer sends. Neo4j keeps a plan per statement and per type of
 * each parameter: the explorer names the subscription it draws where the IDE's support-path tab
 * leaves it out (a string where the tab sends null), and asks for the matrix unfiltered, so these
 * are plans of their own. On a graph without these ids, an operation stops at its first statement
 * (planned), with NOT_FOUND or null, and what it would have asked next is not planned.
 */
export function explorerWarmUps(): IdeExample[] {
  const operation = (query: string, variables: Record<string, unknown>): IdeExample => ({
    name: /query (\w+)/.exec(query)![1],
    query,
    variables: JSON.stringify(variables),
  });
  return [
    operation(SEARCH_CUSTOMERS, { text: 'wide world' }),
    operation(CUSTOMER_SUBSCRIPTIONS, { id: 'cust-wideworld' }),
    operation(MATRIX_ISSUE_TYPES, {}),
    operation(SUPPORT_PATH, {
      customerId: 'cust-wideworld',
      offerId: 'off-litware-siem',
      subscriptionId: 'sub-007',
      issueType: 'BILLING',
      at: null,
      audience: 'PARTNERS',
    }),
  ];
}
