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
 * What this server's schema offers beyond the base path (an `audience` argument, step clauses).
 * Needs introspection; where it is off the explorer shows the base path.
 */
export const SCHEMA_FEATURES = `query ExplorerFeatures {
  query: __type(name: "Query") { fields { name args { name } } }
  step: __type(name: "SupportStep") { fields { name } }
}`;

/**
 * THE support-path query: what the drawing shows. To show more, edit this one constant — the
 * rendering already draws what it finds on a step:
 * - `clauses { clause quote translation }` on `steps` (shown under each step and on hover);
 * - `resources { kind url }` on `steps` (listed as links);
 * - `reachedThroughRank` on `steps`;
 * - `$audience: ContactAudience` in the header and `audience: $audience` on `supportPath` (the
 *   explorer passes `audience` whenever the schema's supportPath takes it, and then shows the
 *   partner's / customer's view switch).
 */
export const SUPPORT_PATH = `query ExplorerSupportPath($customerId: ID!, $offerId: ID!, $issueType: IssueType!, $subscriptionId: ID, $at: DateTime) {
  supportPath(customerId: $customerId, offerId: $offerId, issueType: $issueType, subscriptionId: $subscriptionId, at: $at) {
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
    }
  }
}`;
