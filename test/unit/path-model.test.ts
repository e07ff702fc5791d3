import { asOfInstant, contactLinks, layoutPath, pathNodes, safeWebUrl, SupportPath, truncate, wrapText } from '../../web/explorer/path-model';

const PATH: SupportPath = {
  issueType: 'TECHNICAL',
  salesModel: 'INDIRECT',
  offerCategory: 'THIRD_PARTY',
  hasGaps: true,
  customer: { id: 'cust-1', name: 'Customer One' },
  offer: { id: 'off-1', name: 'Offer One' },
  subscription: { id: 'sub-1' },
  steps: [
    {
      rank: 2,
      role: 'PUBLISHER',
      duty: 'RESPONSIBLE',
      reason: 'The ISV owns the answer.',
      missingContactKinds: ['CUSTOMER_SUPPORT'],
      party: { id: 'pub-1', name: 'Publisher One' },
      contacts: [],
      clauses: [{ clause: 'ISV_ROLE', quote: '…', translation: 'ISVs provide technical support.' }],
    },
    {
      rank: 1,
      role: 'PARTNER_OF_RECORD',
      duty: 'FIRST_CONTACT',
      reason: 'The partner takes the question.',
      missingContactKinds: [],
      party: { id: 'ptr-1', name: 'Partner One' },
      contacts: [{ kind: 'SUPPORT_DESK', email: 'desk@partner.example' }],
    },
  ],
};

describe('contactLinks', () => {
  test('an email becomes mailto:, a phone tel: with its digits, an http(s) page a link, in that order', () => {
    expect(contactLinks({ kind: 'SUPPORT_DESK', email: 'desk@partner.example', phone: '+1 (425) 555-0100', url: 'https://partner.example/support' })).toEqual([
      { kind: 'email', label: 'desk@partner.example', href: 'mailto:desk@partner.example' },
      { kind: 'phone', label: '+1 (425) 555-0100', href: 'tel:+14255550100' },
      { kind: 'web', label: 'https://partner.example/support', href: 'https://partner.example/support' },
    ]);
  });

  test('a URL that is not http(s) never becomes a link', () => {
    expect(contactLinks({ kind: 'ENGINEERING', url: 'javascript:alert(1)' })).toEqual([]);
    expect(safeWebUrl('data:text/html,<b>x</b>')).toBeNull();
    expect(safeWebUrl('not a url')).toBeNull();
  });

  test('a contact with nothing reachable gives no link', () => {
    expect(contactLinks({ kind: 'ENGINEERING', name: 'Team' })).toEqual([]);
  });
});

describe('pathNodes', () => {
  test('the customer first, then the steps by rank, a gap where a contact kind is missing, the clauses in the tooltip', () => {
    const nodes = pathNodes(PATH);
    expect(nodes.map((n) => [n.kind, n.name, n.heading, n.detail])).toEqual([
      ['customer', 'Customer One', 'Customer', 'Offer One'],
      ['step', 'Partner One', 'Partner of record', 'First contact'],
      ['step', 'Publisher One', 'Publisher (ISV)', 'Responsible'],
    ]);
    expect(nodes.map((n) => n.missing)).toEqual([[], [], ['CUSTOMER_SUPPORT']]);
    expect(nodes[2].tooltip).toBe('The ISV owns the answer.\nISV_ROLE: ISVs provide technical support.');
  });

  test("in the customer's view, a party reached through an earlier step says so on its box and in its tooltip", () => {
    const customersView: SupportPath = { ...PATH, steps: PATH.steps.map((s) => (s.rank === 2 ? { ...s, missingContactKinds: [], reachedThroughRank: 1 } : s)) };
    const nodes = pathNodes(customersView);
    expect(nodes.map((n) => n.reachedThroughRank)).toEqual([null, null, 1]);
    expect(nodes[2].tooltip).toBe('The ISV owns the answer.\nReached through step 1.\nISV_ROLE: ISVs provide technical support.');
  });
});

describe('layoutPath', () => {
  test('one row when the boxes fit, arrows straight from box to box', () => {
    const layout = layoutPath(3, { boxWidth: 100, boxHeight: 50, gap: 20, perRow: 5 });
    expect(layout.boxes).toEqual([
      { x: 8, y: 8 },
      { x: 128, y: 8 },
      { x: 248, y: 8 },
    ]);
    expect(layout.arrows).toEqual(['M 108 33 H 124', 'M 228 33 H 244']);
    expect([layout.width, layout.height]).toEqual([356, 66]);
  });

  test('wraps after perRow, with an elbow arrow down to the next row', () => {
    const layout = layoutPath(3, { boxWidth: 100, boxHeight: 50, gap: 20, perRow: 2 });
    expect(layout.boxes[2]).toEqual({ x: 8, y: 78 });
    expect(layout.arrows[1]).toBe('M 178 58 V 68 H 58 V 74');
    expect(layout.height).toBe(136);
  });
});

test('truncate cuts with an ellipsis only when needed', () => {
  expect(truncate('Tailspin IT', 22)).toBe('Tailspin IT');
  expect(truncate('A very long partner name indeed', 10)).toBe('A very lo…');
});

test("a party's name fits its box on up to two lines, broken at spaces; only what does not fit is cut", () => {
  expect(wrapText('Wide World Importers', 20, 2)).toEqual(['Wide World Importers']);
  expect(wrapText('Fabrikam Cloud Services', 20, 2)).toEqual(['Fabrikam Cloud', 'Services']);
  expect(wrapText("Munson's Pickles and Preserves", 20, 2)).toEqual(["Munson's Pickles and", 'Preserves']);
  expect(wrapText('A name far too long to fit in two short lines', 12, 2)).toEqual(['A name far', 'too long to…']);
  expect(wrapText('Supercalifragilisticexpialidocious Ltd', 20, 2)).toEqual(['Supercalifragilisti…', 'Ltd']);
  expect(wrapText('', 20, 2)).toEqual([]);
});

test('an "as of" date means the end of that day, UTC; anything else none', () => {
  expect(asOfInstant('2025-03-31')).toBe('2025-03-31T23:59:59.999Z');
  expect(asOfInstant('')).toBeNull();
  expect(asOfInstant('2025-13-45')).toBeNull();
});
