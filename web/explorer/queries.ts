/**
 * Every operation the explorer sends to /graphql. A frontend copying the explorer copies these.
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
