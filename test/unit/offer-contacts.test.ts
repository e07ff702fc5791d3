import { ContactAudience, ContactKind } from '../../src/domain/enums';
import { offerContacts } from '../../src/domain/contacts';
import type { SupportContactRecord } from '../../src/graph/records';

/** Which contacts stand for an offer: a rule of the domain, used by the offer's page and a path's PUBLISHER step. */
const contact = (id: string, kind: ContactKind): SupportContactRecord => ({
  id, kind, audience: [ContactAudience.PARTNERS], name: null, email: `${id}@example.com`, phone: null, url: null, hours: null, sla: null,
});

test("an offer's own contact of a kind replaces its publisher's of that kind; the others come from the publisher, by kind then id", () => {
  const own = [contact('o-support', ContactKind.CUSTOMER_SUPPORT)];
  const publisher = [
    contact('p-support', ContactKind.CUSTOMER_SUPPORT),
    contact('p-engineering-b', ContactKind.ENGINEERING),
    contact('p-engineering-a', ContactKind.ENGINEERING),
  ];
  expect(offerContacts(own, publisher).map((c) => c.id)).toEqual(['o-support', 'p-engineering-a', 'p-engineering-b']);
});

test('an offer without contacts of its own shows its publisher\'s; neither has any: none', () => {
  const publisher = [contact('p-support', ContactKind.CUSTOMER_SUPPORT)];
  expect(offerContacts([], publisher)).toEqual(publisher);
  expect(offerContacts([], [])).toEqual([]);
});
