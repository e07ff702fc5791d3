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
registerEnumType(PartnerKind, {
  name: 'PartnerKind',
  description: 'How a CSP partner takes part in the program.',
  valuesConfig: {
    DIRECT: { description: 'A direct-bill partner: sells to its customers without an indirect provider.' },
    INDIRECT_PROVIDER: { description: 'An indirect provider (distributor): supplies indirect resellers.' },
    INDIRECT_RESELLER: { description: 'An indirect reseller: sells to customers through one or more indirect providers.' },
  },
});
registerEnumType(SalesModel, {
  name: 'SalesModel',
  description: 'How a subscription was sold.',
  valuesConfig: {
    DIRECT: { description: 'By a direct-bill partner.' },
    INDIRECT: { description: 'By an indirect reseller, through an indirect provider (who shares its support duties).' },
  },
});
registerEnumType(OfferCategory, {
  name: 'OfferCategory',
  description: 'THIRD_PARTY: published by an ISV. FIRST_PARTY: published by Microsoft.',
  valuesConfig: {
    THIRD_PARTY: { description: "A third-party ISV's marketplace product: the article's rules apply." },
    FIRST_PARTY: { description: "Microsoft's own product: the article says little of it, so its rules are mostly general CSP practice (PROGRAM_PRACTICE)." },
  },
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
  description:
    'A clause of the source article (Partner Center, "Support for commercial marketplace products"), or PROGRAM_PRACTICE for what goes beyond it. Its French text and translation: SourceClause.',
  valuesConfig: {
    INTRO_BILLING: { description: "Opening: CSP partners are their customers' first point of contact for billing and subscription management of third-party products." },
    INTRO_TECHNICAL: { description: "Opening: for technical support on a third-party product, CSP partners contact the product's ISV." },
    ISV_ROLE: { description: "ISV's role: it gives its customers technical support and service-level commitments, as its customer agreement defines." },
    ISV_DIRECT: { description: "ISV's role: it gives partners and/or their customers a direct line for help, user support and patches." },
    ISV_ENABLEMENT: { description: "ISV's role: it is expected to give partners user documentation, training and outage notifications, so they can coordinate support." },
    PARTNER_ROLE: { description: "Partner's role: all other support is the partner's, such as customer billing questions, account setup and account payment." },
    PARTNER_ROUTING: { description: "Partner's role: it may route customers' technical support requests to the ISV's support contacts." },
    MICROSOFT_ROLE: {
      description:
        "Microsoft's role: it supports the ISV and the partner on the commerce system (onboarding and offer management, transactions, billing, account support, deployment and provisioning of Azure-based solutions).",
    },
    MICROSOFT_LIMIT: { description: "Microsoft's role: it does not support third-party products; it gives the partner the ISV's technical support contacts." },
    INDIRECT_MODEL: { description: 'Indirect model: the indirect provider and the indirect reseller share these support duties.' },
    OFFER_DETAILS: { description: "Finding ISV contacts: the offer details page gives the ISV's engineering, customer support and CSP program contacts, and may add documents." },
    ROLES: { description: 'Who may see this in Partner Center: Global admin and Admin agent users.' },
    PROGRAM_PRACTICE: { description: 'Not in the article: general CSP practice (such as for Microsoft\'s own products), labelled as going beyond it.' },
  },
});
registerEnumType(ResourceKind, {
  name: 'ResourceKind',
  description: 'What an ISV gives partners for an offer.',
  valuesConfig: {
    USER_DOCUMENTATION: { description: 'User documentation.' },
    TRAINING: { description: 'Training.' },
    OUTAGE_NOTIFICATIONS: { description: 'Where the ISV posts service-interruption and outage notifications.' },
    SALES_BROCHURE: { description: 'Sales brochures.' },
    MARKETING_MATERIALS: { description: 'A link to CSP marketing materials.' },
  },
});

export { ArticleClause, ContactAudience, ContactKind, IssueType, OfferCategory, OfferType, PartnerKind, ResourceKind, SalesModel, SupportDuty, SupportRole };
