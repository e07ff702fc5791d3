import { en, Faker } from '@faker-js/faker';
import type { Dataset, EntitySet } from '../domain/dataset';
import { ContactKind, PartnerKind, ResourceKind } from '../domain/enums';

export interface GenerateOptions {
  customers: number;
  /** The same seed (and the same package versions) gives the same data set, row for row. */
  seed: number;
  /** Put before every id but Microsoft's (see MICROSOFT), so generated data never collides with other data in the graph. */
  idPrefix: string;
}

/** Receives each generated row; rows of a set arrive in order, sets interleave. */
export type RowSink = <K extends EntitySet>(set: K, row: Dataset[K][number]) => void;

/** How many of each party the data set has, for a customer count. */
export function shapeFor(customers: number) {
  return {
    providers: Math.min(8, 3 + Math.round(customers / 200_000)),
    resellers: Math.max(3, Math.round(customers / 250)),
    directPartners: Math.max(2, Math.round(customers / 5_000)),
    isvs: Math.min(400, Math.max(3, Math.round(customers / 2_500))),
  };
}

const FIRST_PARTY_OFFERS = [
  'Microsoft 365 Business Basic', 'Microsoft 365 Business Standard', 'Microsoft 365 Business Premium', 'Microsoft 365 E3',
  'Microsoft 365 E5', 'Office 365 E1', 'Office 365 E3', 'Exchange Online (Plan 1)', 'Microsoft Teams Essentials',
  'Azure plan', 'Dynamics 365 Business Central', 'Dynamics 365 Sales', 'Dynamics 365 Customer Service', 'Power BI Pro',
  'Power Apps Premium', 'Microsoft Defender for Endpoint', 'Microsoft Intune', 'Windows 365 Business', 'Visio Plan 2', 'Project Plan 3',
];
const PRODUCT_NOUNS = ['Backup', 'Firewall', 'SIEM', 'Analytics', 'Archive', 'Identity', 'Monitoring', 'Payroll', 'Records', 'CRM Connector', 'Forecast', 'Signature', 'Helpdesk', 'Compliance', 'Insights'];
/** The Microsoft publisher and its partner-support contact, the same rows as seeds/sample-graph.json. */
export const MICROSOFT = {
  publisher: { id: 'pub-microsoft', name: 'Microsoft', isMicrosoft: true },
  contact: {
    id: 'ctc-microsoft-partner-support',
    ownerId: 'pub-microsoft',
    kind: ContactKind.PARTNER_SUPPORT,
    name: 'Partner Center support',
    url: 'https://partner.microsoft.com/support',
    hours: '24x7',
    sla: 'Severity A: first response within 1 hour',
    audience: ['PARTNERS'],
  },
};
const ISV_CONTACT_KINDS = [ContactKind.ENGINEERING, ContactKind.CUSTOMER_SUPPORT, ContactKind.CSP_PROGRAM];

/** Microsoft's offers are SaaS but for the Azure plan, as in seeds/sample-graph.json. */
const firstPartyOfferType = (name: string): string => (name === 'Azure plan' ? 'AZURE_APPLICATION' : 'SAAS');
/**
 * ISV offer types, most of them SaaS, picked from the offer's position rather than from the
 * random stream, so adding the type left every other generated value as it was.
 */
const ISV_OFFER_TYPES = ['SAAS', 'SAAS', 'AZURE_APPLICATION', 'SAAS', 'AZURE_VIRTUAL_MACHINE', 'SAAS', 'AZURE_CONTAINER'];
const isvOfferType = (isv: number, offer: number): string => ISV_OFFER_TYPES[(isv + offer) % ISV_OFFER_TYPES.length];
/**
 * Who may use an ISV contact (the offer details page gives partners its lines): PARTNERS, but
 * every other ISV's customer-support line, and an offer's own support line, also serve CUSTOMERS.
 */
const isvContactAudience = (isv: number, kind: ContactKind): string[] =>
  kind === ContactKind.CUSTOMER_SUPPORT && isv % 2 === 1 ? ['PARTNERS', 'CUSTOMERS'] : ['PARTNERS'];
/** A provider's desk serves its resellers (PARTNERS); a direct partner's or a reseller's serves its CUSTOMERS and the partners it works with. */
const deskAudience = (kind: PartnerKind): string[] => (kind === PartnerKind.INDIRECT_PROVIDER ? ['PARTNERS'] : ['PARTNERS', 'CUSTOMERS']);
const RESOURCE_KINDS = Object.values(ResourceKind);

/** Subscriptions start between these instants; about one in twenty has ended by the last. */
const HISTORY_START = Date.parse('2022-01-01T00:00:00Z');
const HISTORY_END = Date.parse('2025-01-01T00:00:00Z');
const DAY = 86_400_000;

/**
 * Generates a synthetic but realistic data set in the import format, deterministically from the
 * seed: a few large indirect providers, resellers with a long tail of customers, direct partners,
 * ISVs with 1–20 offers each, Microsoft's first-party offers, about three subscriptions per
 * customer (some ended), and some gaps (partners without a support desk, ISVs missing a contact
 * kind). Every offer has an offer type and every contact an audience, by the defaults of
 * seeds/sample-graph.json. Returns the row count of each set.
 */
export function generateDataset(options: GenerateOptions, emit: RowSink): Record<EntitySet, number> {
  const faker = new Faker({ locale: [en], seed: options.seed });
  const counts: Record<EntitySet, number> = { publishers: 0, partners: 0, resellerLinks: 0, offers: 0, customers: 0, subscriptions: 0, contacts: 0, resources: 0 };
  const out: RowSink = (set, row) => {
    counts[set] += 1;
    emit(set, row);
  };
  const p = options.idPrefix;
  const num = (n: number, width: number) => String(n).padStart(width, '0');
  const shape = shapeFor(options.customers);
  const slug = (name: string) => name.toLowerCase().replace(/[^a-z0-9]+/g, '').slice(0, 30) || 'example';
  const phone = () => `+1 ${faker.helpers.arrayElement(['206', '425'])} 555 01${num(faker.number.int(99), 2)}`;
  /** Index in 0..n-1, the low ones far more likely: a few large parties and a long tail. */
  const skewed = (n: number, power: number) => Math.min(n - 1, Math.floor(n * Math.pow(faker.number.float(), power)));

  // Microsoft, exactly as seeds/ has it (a graph has one Microsoft publisher), and first-party offers.
  const microsoftId = MICROSOFT.publisher.id;
  out('publishers', MICROSOFT.publisher);
  out('contacts', MICROSOFT.contact);
  const offers: string[] = [];
  FIRST_PARTY_OFFERS.forEach((name, i) => {
    const id = `${p}off-ms-${num(i + 1, 3)}`;
    offers.push(id);
    out('offers', { id, name, publisherId: microsoftId, offerType: firstPartyOfferType(name) });
  });
  const firstPartyCount = offers.length;

  // ISVs, their offers, contacts (with some kinds missing) and resources.
  for (let i = 1; i <= shape.isvs; i += 1) {
    const name = faker.company.name();
    const id = `${p}pub-${num(i, 4)}`;
    const domain = `${slug(name)}.example`;
    out('publishers', { id, name, isMicrosoft: false });
    for (const kind of ISV_CONTACT_KINDS) {
      if (faker.number.float() < 0.05) continue;
      out('contacts', { id: `${id}-${kind.toLowerCase()}`, ownerId: id, kind, name: `${name} ${kind.toLowerCase().replace('_', ' ')}`, email: `${kind.toLowerCase().replace('_', '-')}@${domain}`, phone: kind === ContactKind.CUSTOMER_SUPPORT ? phone() : null, audience: isvContactAudience(i, kind) });
    }
    const offerCount = faker.number.int({ min: 1, max: 20 });
    for (let j = 1; j <= offerCount; j += 1) {
      const offerId = `${p}off-${num(i, 4)}-${num(j, 2)}`;
      offers.push(offerId);
      out('offers', { id: offerId, name: `${name.split(/[ ,]/)[0]} ${faker.helpers.arrayElement(PRODUCT_NOUNS)} ${j}`, publisherId: id, offerType: isvOfferType(i, j) });
      if (faker.number.float() < 0.1) {
        out('contacts', { id: `${offerId}-support`, ownerId: offerId, kind: ContactKind.CUSTOMER_SUPPORT, name: `Support for offer ${j}`, email: `offer${j}-support@${domain}`, url: `https://support.${domain}/offers/${j}`, audience: ['PARTNERS', 'CUSTOMERS'] });
      }
      for (const kind of faker.helpers.arrayElements(RESOURCE_KINDS, { min: 0, max: 3 })) {
        out('resources', { id: `${offerId}-${kind.toLowerCase()}`, offerId, kind, url: `https://${domain}/offers/${j}/${kind.toLowerCase().replace(/_/g, '-')}` });
      }
    }
  }

  // Partners: providers, resellers (each buying through one or two, the large providers most often), direct partners.
  const partner = (id: string, kind: PartnerKind) => {
    const name = faker.company.name();
    out('partners', { id, name, kind });
    if (faker.number.float() >= 0.03) {
      out('contacts', { id: `${id}-desk`, ownerId: id, kind: ContactKind.SUPPORT_DESK, name: `${name} support desk`, email: `support@${slug(name)}.example`, phone: phone(), hours: 'Mon-Fri 08:00-18:00', audience: deskAudience(kind) });
    }
  };
  const providers = Array.from({ length: shape.providers }, (_, i) => `${p}ptr-prov-${num(i + 1, 2)}`);
  providers.forEach((id) => partner(id, PartnerKind.INDIRECT_PROVIDER));
  const resellerProviders: string[][] = [];
  for (let i = 1; i <= shape.resellers; i += 1) {
    const id = `${p}ptr-res-${num(i, 5)}`;
    partner(id, PartnerKind.INDIRECT_RESELLER);
    const mine = [...new Set([providers[skewed(providers.length, 2)], ...(faker.number.float() < 0.3 ? [providers[skewed(providers.length, 1)]] : [])])];
    resellerProviders.push(mine);
    const since = new Date(HISTORY_START - faker.number.int(365) * DAY).toISOString();
    for (const providerId of mine) out('resellerLinks', { resellerId: id, providerId, validFrom: since });
  }
  const directs = Array.from({ length: shape.directPartners }, (_, i) => `${p}ptr-dir-${num(i + 1, 4)}`);
  directs.forEach((id) => partner(id, PartnerKind.DIRECT));

  // Customers, each with a home partner (four in five through a reseller), and about three subscriptions to distinct offers.
  const subscriptionsPerCustomer = [1, 2, 2, 3, 3, 3, 4, 4, 5, 3];
  let subscription = 0;
  const pickPartner = () =>
    faker.number.float() < 0.8
      ? { index: skewed(shape.resellers, 2.5), reseller: true }
      : { index: skewed(directs.length, 1.5), reseller: false };
  for (let c = 1; c <= options.customers; c += 1) {
    const customerId = `${p}cust-${num(c, 7)}`;
    out('customers', { id: customerId, name: faker.company.name() });
    const home = pickPartner();
    const taken = new Set<string>();
    const count = faker.helpers.arrayElement(subscriptionsPerCustomer);
    for (let s = 0; s < count; s += 1) {
      const offerId = faker.number.float() < 0.4 ? offers[skewed(firstPartyCount, 1.5)] : offers[firstPartyCount + skewed(offers.length - firstPartyCount, 2)];
      if (taken.has(offerId)) continue;
      taken.add(offerId);
      const seller = faker.number.float() < 0.9 ? home : pickPartner();
      const validFrom = HISTORY_START + faker.number.int((HISTORY_END - HISTORY_START) / DAY - 1) * DAY;
      const ended = faker.number.float() < 0.05 ? Math.min(HISTORY_END, validFrom + faker.number.int({ min: 30, max: 700 }) * DAY) : null;
      subscription += 1;
      out('subscriptions', {
        id: `${p}sub-${num(subscription, 8)}`,
        customerId,
        offerId,
        partnerId: seller.reseller ? `${p}ptr-res-${num(seller.index + 1, 5)}` : directs[seller.index],
        providerId: seller.reseller ? faker.helpers.arrayElement(resellerProviders[seller.index]) : null,
        validFrom: new Date(validFrom).toISOString(),
        validTo: ended && ended > validFrom ? new Date(ended).toISOString() : null,
      });
    }
  }
  return counts;
}
