import { registerEnumType } from 'type-graphql';
import {
  ArticleClause,
  ContactAudience,
  ContactKind,
  IssueType,
  OfferCategory,
  OfferType,
  PartnerKind,
  ResourceKind,
  SalesModel,
  SupportDuty,
  SupportRole,
} from '../domain/enums';

registerEnumType(IssueType, {
  name: 'IssueType',
  description: 'The kind of question a customer raises.',
  valuesConfig: {
    TECHNICAL: { description: 'Using, configuring or fixing the product itself; user support; patches.' },
    BILLING: { description: "The customer's invoices and charges." },
    SUBSCRIPTION_MANAGEMENT: { description: 'Buying, changing, renewing or cancelling the subscription.' },
    ACCOUNT_SETUP: { description: "Setting up the customer's account (not configuring the product: that is TECHNICAL)." },
    ACCOUNT_PAYMENT: { description: 'Paying the account.' },
    COMMERCE_PLATFORM: { description: 'Orders and transactions failing in the Microsoft commerce system.' },
    DEPLOYMENT_PROVISIONING: { description: "Deploying and provisioning the ISV's solution." },
    OUTAGE: { description: 'The product is down or degraded.' },
  },
});
registerEnumType(SupportRole, {
  name: 'SupportRole',
  description: 'Which party of a subscription a support step binds to.',
  valuesConfig: {
    PARTNER_OF_RECORD: {
      description: 'The CSP partner that sold the subscription: a direct-bill partner or an indirect reseller (or the reseller designated as its support contact).',
    },
    INDIRECT_PROVIDER: { description: 'The indirect provider (distributor) the reseller bought the subscription through.' },
    PUBLISHER: { description: "The ISV that publishes the offer." },
    MICROSOFT: { description: 'Microsoft, as operator of the commerce system.' },
  },
});
registerEnumType(SupportDuty, {
  name: 'SupportDuty',
  description: 'What a party does with an issue at its step.',
  valuesConfig: {
    FIRST_CONTACT: { description: 'Takes the question first and may route it.' },
    RESPONSIBLE: { description: 'Owns the answer.' },
    SHARED: { description: "Shares the partner's support duties (indirect model)." },
    PLATFORM: { description: 'Supports the partner and the ISV on the commerce system; not a contact for the end customer.' },
  },
});
registerEnumType(PartnerKind, { name: 'PartnerKind' });
registerEnumType(SalesModel, { name: 'SalesModel' });
registerEnumType(OfferCategory, {
  name: 'OfferCategory',
  description: 'THIRD_PARTY: published by an ISV. FIRST_PARTY: published by Microsoft.',
});
registerEnumType(OfferType, {
  name: 'OfferType',
  description: 'What kind of marketplace product an offer is.',
  valuesConfig: {
    SAAS: { description: 'Software as a service, run by the ISV.' },
    AZURE_APPLICATION: { description: 'An Azure application (Azure-based).' },
    AZURE_VIRTUAL_MACHINE: { description: 'An Azure virtual machine image (Azure-based).' },
    AZURE_CONTAINER: { description: 'An Azure container offer (Azure-based).' },
  },
});
registerEnumType(ContactAudience, {
  name: 'ContactAudience',
  description: 'Who may use a support contact.',
  valuesConfig: {
    PARTNERS: { description: 'CSP partners (their agents).' },
    CUSTOMERS: { description: 'The end customers.' },
  },
});
registerEnumType(ContactKind, {
  name: 'ContactKind',
  description: 'What a support contact is for.',
  valuesConfig: {
    SUPPORT_DESK: { description: "A partner's support desk." },
    PARTNER_SUPPORT: { description: "Microsoft's support for partners." },
    ENGINEERING: { description: "The ISV's engineering contact (offer details page)." },
    CUSTOMER_SUPPORT: { description: "The ISV's customer support (offer details page)." },
    CSP_PROGRAM: { description: "The ISV's CSP program contact (offer details page)." },
  },
});
registerEnumType(ArticleClause, {
  name: 'ArticleClause',
  description: 'A clause of the source article (Partner Center, "Support for commercial marketplace products"), or PROGRAM_PRACTICE for what goes beyond it.',
});
registerEnumType(ResourceKind, { name: 'ResourceKind', description: 'What an ISV gives partners for an offer.' });

export { ArticleClause, ContactAudience, ContactKind, IssueType, OfferCategory, OfferType, PartnerKind, ResourceKind, SalesModel, SupportDuty, SupportRole };
