import { ContactAudience, ContactKind, SupportRole } from '../../src/domain/enums';
import { contactOwnersOfStep, contactsOfStep } from '../../src/domain/contacts';
import type { SupportContactRecord } from '../../src/graph/records';

/** Which contacts stand for the party of a path step: a rule of the domain, not of the service that loads them. */
const contact = (id: string, kind: ContactKind): SupportContactRecord => ({
  id, kind, audience: [ContactAudience.PARTNERS], name: null, email: null, phone: null, url: null, hours: null, sla: null,
});
const offer = { id: 'off-1' };
const publisherStep = { role: SupportRole.PUBLISHER, party: { id: 'pub-1' } };
const partnerStep = { role: SupportRole.PARTNER_OF_RECORD, party: { id: 'ptr-1' } };
const own: Record<string, SupportContactRecord[]> = {
  'off-1': [contact('off-support', ContactKind.CUSTOMER_SUPPORT)],
  'pub-1': [contact('pub-support', ContactKind.CUSTOMER_SUPPORT), contact('pub-engineering', ContactKind.ENGINEERING)],
  'ptr-1': [contact('ptr-desk', ContactKind.SUPPORT_DESK)],
};

test("a publisher's step reads the offer's contacts and the publisher's; any other step its party's", () => {
  expect(contactOwnersOfStep(publisherStep, offer)).toEqual(['off-1', 'pub-1']);
  expect(contactOwnersOfStep(partnerStep, offer)).toEqual(['ptr-1']);
});

test("a publisher's step shows the offer's contacts, completed by the publisher's; any other step its party's own", () => {
  expect(contactsOfStep(publisherStep, offer, (id) => own[id]).map((c) => c.id)).toEqual(['off-support', 'pub-engineering']);
  expect(contactsOfStep(partnerStep, offer, (id) => own[id]).map((c) => c.id)).toEqual(['ptr-desk']);
});
