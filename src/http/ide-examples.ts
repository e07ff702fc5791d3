import {
  getNamedType,
  GraphQLField,
  GraphQLObjectType,
  GraphQLSchema,
  isEnumType,
  isLeafType,
  isObjectType,
} from 'graphql';

/** One ready tab of the IDE: an operation and its variables (JSON text). */
export interface IdeExample {
  /** The operation's name, which GraphiQL shows as the tab's title. */
  name: string;
  query: string;
  variables: string;
}

/** Step fields other work may add to the schema; the support-path example selects those that exist. */
const OPTIONAL_STEP_FIELDS = ['clauses', 'resources', 'reachedThroughRank'];

/**
 * The selection of a field: itself for a leaf, else its leaf fields and, one level down, those of
 * its object fields (enough for small value types such as a clause with its quote).
 */
function selectionOf(field: GraphQLField<unknown, unknown>, depth = 0): string {
  const type = getNamedType(field.type);
  if (isLeafType(type)) return field.name;
  if (!isObjectType(type) || depth > 1) return '';
  const inner = Object.values((type as GraphQLObjectType).getFields())
    .filter((f) => f.args.every((a) => a.defaultValue !== undefined || !String(a.type).endsWith('!')))
    .map((f) => selectionOf(f, depth + 1))
    .filter(Boolean);
  return inner.length ? `${field.name} { ${inner.join(' ')} }` : '';
}

/**
 * The support-path example, written for the schema it is served with: it selects the step fields
 * of OPTIONAL_STEP_FIELDS the schema has (a step's source clauses, once they exist) and passes an
 * `audience` argument when `supportPath` takes one.
 */
export function supportPathExample(schema: GraphQLSchema): IdeExample {
  const stepType = schema.getType('SupportStep');
  const stepFields = isObjectType(stepType) ? stepType.getFields() : {};
  const extras = OPTIONAL_STEP_FIELDS.filter((name) => stepFields[name])
    .map((name) => selectionOf(stepFields[name]))
    .filter(Boolean);
  const audienceArg = schema.getQueryType()?.getFields().supportPath?.args.find((a) => a.name === 'audience');
  const audienceType = audienceArg ? getNamedType(audienceArg.type) : undefined;
  const audience = audienceArg && isEnumType(audienceType) ? { type: audienceType.name, value: audienceType.getValues()[0].name } : undefined;
  const query = `# Who supports Wide World Importers for a billing question on Litware SIEM (an indirect sale), and why?
# Change issueType (TECHNICAL, OUTAGE…), offerId (off-proseware-archive shows a gap) or set "at" for history.
query SupportPath($customerId: ID!, $offerId: ID!, $issueType: IssueType!, $at: DateTime${audience ? `, $audience: ${audience.type}` : ''}) {
  supportPath(customerId: $customerId, offerId: $offerId, issueType: $issueType, at: $at${audience ? ', audience: $audience' : ''}) {
    salesModel
    offerCategory
    subscription { id partnerOfRecord { name } indirectProvider { name } }
    steps {
      rank
      role
      duty
      party { __typename id name }
      contacts { kind name email phone url hours sla }
      missingContactKinds
      reason${extras.map((e) => `\n      ${e}`).join('')}
    }
    hasGaps
  }
}
`;
  const variables = { customerId: 'cust-wideworld', offerId: 'off-litware-siem', issueType: 'BILLING', ...(audience ? { audience: audience.value } : {}) };
  return { name: 'SupportPath', query, variables: JSON.stringify(variables, null, 2) };
}

const OTHER_EXAMPLES: IdeExample[] = [
  {
    name: 'CustomerSupportOverview',
    query: `# Every subscription of one customer, and who supports it for one issue type.
query CustomerSupportOverview($customerId: ID!, $issueType: IssueType!) {
  customer(id: $customerId) {
    name
    supportOverview(issueType: $issueType) {
      offer { name }
      subscription { id salesModel }
      steps { rank role duty party { name } missingContactKinds }
      hasGaps
    }
  }
}
`,
    variables: JSON.stringify({ customerId: 'cust-wideworld', issueType: 'TECHNICAL' }, null, 2),
  },
  {
    name: 'OutageImpact',
    query: `# Litware is down: which partners must hear of it, with how many customers each, and how to reach them?
query OutageImpact($publisherId: ID) {
  outageImpact(publisherId: $publisherId) {
    publisher { name }
    offers { id name }
    affectedCustomerCount
    affectedSubscriptionCount
    partners(first: 10) {
      totalCount
      edges { node { partner { name kind } roles affectedCustomerCount affectedSubscriptionCount contacts { kind email phone } } }
    }
  }
}
`,
    variables: JSON.stringify({ publisherId: 'pub-litware' }, null, 2),
  },
  {
    name: 'SupportGaps',
    query: `# Where the graph cannot answer a support question well, and whom it affects.
query SupportGaps($kind: SupportGapKind) {
  supportGaps(kind: $kind, first: 20) {
    totalCount
    edges {
      node {
        kind
        detail
        missingContactKinds
        issueTypes
        affectedCustomerCount
        entity {
          __typename
          ... on Offer { id name }
          ... on Partner { id name }
          ... on Subscription { id customer { name } offer { name } }
        }
      }
    }
  }
}
`,
    variables: JSON.stringify({}, null, 2),
  },
  {
    name: 'Search',
    query: `# One search box across customers, partners, publishers and offers.
query Search($text: String!) {
  search(text: $text, first: 10) {
    score
    node {
      __typename
      ... on Customer { id name }
      ... on Partner { id name kind }
      ... on Publisher { id name }
      ... on Offer { id name }
    }
  }
}
`,
    variables: JSON.stringify({ text: 'wide world' }, null, 2),
  },
];

/** The IDE's example tabs, in order: a support path, a customer's overview, outage impact, gaps, a search. */
export function ideExamples(schema: GraphQLSchema): IdeExample[] {
  return [supportPathExample(schema), ...OTHER_EXAMPLES];
}
