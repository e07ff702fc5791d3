import { deleteTestData, openTestGraph, plantGraph, TestGraph, testIdPrefix } from '../../support/test-graph';

let graph: TestGraph;
const prefix = testIdPrefix();
// A word no sample name holds, so that the test's own data is all a search for it can find.
const word = `zq${prefix.slice(2, 10)}`;

beforeAll(async () => {
  graph = await openTestGraph();
  await plantGraph(graph.db, {
    customers: [
      { id: `${prefix}cust-exact`, name: `${word} Trading` },
      { id: `${prefix}cust-prefix`, name: `${word}ville Holdings` },
    ],
    partners: [{ id: `${prefix}ptr-exact`, name: `${word} Partners`, kind: 'DIRECT' }],
  });
});
afterAll(async () => {
  await deleteTestData(graph.db, prefix);
  await graph.close();
});

const SEARCH = /* GraphQL */ `
  query ($text: String!, $first: Int) {
    search(text: $text, first: $first) {
      score
      node {
        __typename
        ... on Customer { id name }
        ... on Partner { id name kind }
        ... on Publisher { id name isMicrosoft }
        ... on Offer { id name publisher { id } }
      }
    }
  }
`;
const search = async (text: string, first?: number) => {
  const res = await graph.execute(SEARCH, { text, first });
  expect(res.errors).toBeUndefined();
  return res.data!.search as Array<{ score: number; node: any }>;
};

describe('search', () => {
  test('one box across kinds, each result typed', async () => {
    const hits = await search('litware');
    expect(hits.map((h) => [h.node.__typename, h.node.id]).sort()).toEqual([
      ['Offer', 'off-litware-firewall'],
      ['Offer', 'off-litware-siem'],
      ['Publisher', 'pub-litware'],
    ]);
    expect(hits.find((h) => h.node.__typename === 'Offer')!.node.publisher).toEqual({ id: 'pub-litware' });
    expect(hits.find((h) => h.node.__typename === 'Publisher')!.node.isMicrosoft).toBe(false);
  });

  test('every word must match, whole or as the beginning of a word, whatever the case', async () => {
    expect((await search('Litware SIEM')).map((h) => h.node.id)).toEqual(['off-litware-siem']);
    expect((await search('TAIL')).map((h) => h.node.id)).toEqual(['ptr-tailspin']);
    expect((await search('wide world')).map((h) => h.node.id)).toEqual(['cust-wideworld']);
    expect(await search('nosuchname')).toEqual([]);
  });

  test('ranked: a whole-word match comes before a prefix match; data is searchable once written', async () => {
    const hits = await search(word);
    expect(hits.map((h) => h.node.id).sort()).toEqual([`${prefix}cust-exact`, `${prefix}cust-prefix`, `${prefix}ptr-exact`]);
    expect(hits[hits.length - 1].node.id).toBe(`${prefix}cust-prefix`);
    expect(hits[0].score).toBeGreaterThan(hits[hits.length - 1].score);
    for (let i = 1; i < hits.length; i++) expect(hits[i - 1].score).toBeGreaterThanOrEqual(hits[i].score);
    expect(await search(word, 1)).toHaveLength(1);
  });

  test('user text is never read as a query: operators and wildcards match literally', async () => {
    // As Lucene syntax this would be "contoso, or anything at all".
    expect(await search('contoso) OR (*:*')).toEqual([]);
    expect((await search('contoso')).map((h) => h.node.id)).toEqual(['cust-contoso']);
    expect((await search('"Power & Light"')).map((h) => h.node.id)).toEqual(['cust-cpandl']);
  });

  test('text without a letter or digit, too long a text, or first past the maximum, is BAD_USER_INPUT', async () => {
    const cases = [['*:*', undefined, 'text'], ['   ', undefined, 'text'], ['a'.repeat(201), undefined, 'text'], ['contoso', 101, 'first']] as const;
    for (const [text, first, field] of cases) {
      const res = await graph.execute(SEARCH, { text, first });
      expect(res.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
  });
});

describe('node(id)', () => {
  test('every id is global: one lookup answers any kind, with its type', async () => {
    const res = await graph.execute(/* GraphQL */ `{
      customer: node(id: "cust-contoso") { __typename ... on Customer { name } }
      partner: node(id: "ptr-adatum") { __typename ... on Partner { kind } }
      publisher: node(id: "pub-lamna") { __typename ... on Publisher { name } }
      offer: node(id: "off-azure-plan") { __typename ... on Offer { publisher { id } } }
      subscription: node(id: "sub-027") { __typename ... on Subscription { customer { id } designatedSupport { id } } }
      contact: node(id: "ctc-lamna-engineering") { __typename ... on SupportContact { kind email } }
      unknown: node(id: "nothing-has-this-id") { __typename }
      resource: node(id: "res-lamna-records-training") { __typename }
    }`);
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual({
      customer: { __typename: 'Customer', name: 'Contoso Ltd' },
      partner: { __typename: 'Partner', kind: 'INDIRECT_PROVIDER' },
      publisher: { __typename: 'Publisher', name: 'Lamna Health Cloud' },
      offer: { __typename: 'Offer', publisher: { id: 'pub-microsoft' } },
      subscription: { __typename: 'Subscription', customer: { id: 'cust-southridge' }, designatedSupport: { id: 'ptr-tailspin' } },
      contact: { __typename: 'SupportContact', kind: 'ENGINEERING', email: 'engineering@lamna.example' },
      unknown: null,
      resource: null,
    });
  });
});
