/**
 * The domain's closed vocabularies. Values are stored in the graph as these strings; the GraphQL
 * enums of the same names are registered from here (src/schema/enums.ts).
 */
export enum IssueType {
  TECHNICAL = 'TECHNICAL',
  BILLING = 'BILLING',
  SUBSCRIPTION_MANAGEMENT = 'SUBSCRIPTION_MANAGEMENT',
  ACCOUNT_SETUP = 'ACCOUNT_SETUP',
  ACCOUNT_PAYMENT = 'ACCOUNT_PAYMENT',
  COMMERCE_PLATFORM = 'COMMERCE_PLATFORM',
  DEPLOYMENT_PROVISIONING = 'DEPLOYMENT_PROVISIONING',
  OUTAGE = 'OUTAGE',
}

/** Which party of a subscription a support step binds to. */
export enum SupportRole {
  PARTNER_OF_RECORD = 'PARTNER_OF_RECORD',
  INDIRECT_PROVIDER = 'INDIRECT_PROVIDER',
  PUBLISHER = 'PUBLISHER',
  MICROSOFT = 'MICROSOFT',
}

export enum SupportDuty {
  FIRST_CONTACT = 'FIRST_CONTACT',
  RESPONSIBLE = 'RESPONSIBLE',
  SHARED = 'SHARED',
  PLATFORM = 'PLATFORM',
}

export enum PartnerKind {
  DIRECT = 'DIRECT',
  INDIRECT_PROVIDER = 'INDIRECT_PROVIDER',
  INDIRECT_RESELLER = 'INDIRECT_RESELLER',
}

export enum SalesModel {
  DIRECT = 'DIRECT',
  INDIRECT = 'INDIRECT',
}

/** Whose product an offer is; the support matrix has one set of rules per category. */
export enum OfferCategory {
  THIRD_PARTY = 'THIRD_PARTY',
  FIRST_PARTY = 'FIRST_PARTY',
}

/** What a support contact is for. A partner has a SUPPORT_DESK; Microsoft a PARTNER_SUPPORT; an ISV the other three. */
export enum ContactKind {
  SUPPORT_DESK = 'SUPPORT_DESK',
  PARTNER_SUPPORT = 'PARTNER_SUPPORT',
  ENGINEERING = 'ENGINEERING',
  CUSTOMER_SUPPORT = 'CUSTOMER_SUPPORT',
  CSP_PROGRAM = 'CSP_PROGRAM',
}

/** What an ISV gives partners for an offer (a URL each). */
export enum ResourceKind {
  USER_DOCUMENTATION = 'USER_DOCUMENTATION',
  TRAINING = 'TRAINING',
  OUTAGE_NOTIFICATIONS = 'OUTAGE_NOTIFICATIONS',
  SALES_BROCHURE = 'SALES_BROCHURE',
  MARKETING_MATERIALS = 'MARKETING_MATERIALS',
}

/** What kind of marketplace product an offer is: SaaS, or one of the Azure-based types (the article's « solutions ISV basées sur Azure »). */
export enum OfferType {
  SAAS = 'SAAS',
  AZURE_APPLICATION = 'AZURE_APPLICATION',
  AZURE_VIRTUAL_MACHINE = 'AZURE_VIRTUAL_MACHINE',
  AZURE_CONTAINER = 'AZURE_CONTAINER',
}

/** Who may use a support contact: partners, customers, or both (ISV_DIRECT: partners and/or customers). */
export enum ContactAudience {
  PARTNERS = 'PARTNERS',
  CUSTOMERS = 'CUSTOMERS',
}

/**
 * The clauses of the source article (docs/domain.md) a support step can rest on, and
 * PROGRAM_PRACTICE for what goes beyond it. Their text is data: seeds/article-clauses.json.
 */
export enum ArticleClause {
  INTRO_BILLING = 'INTRO_BILLING',
  INTRO_TECHNICAL = 'INTRO_TECHNICAL',
  ISV_ROLE = 'ISV_ROLE',
  ISV_DIRECT = 'ISV_DIRECT',
  ISV_ENABLEMENT = 'ISV_ENABLEMENT',
  PARTNER_ROLE = 'PARTNER_ROLE',
  PARTNER_ROUTING = 'PARTNER_ROUTING',
  MICROSOFT_ROLE = 'MICROSOFT_ROLE',
  MICROSOFT_LIMIT = 'MICROSOFT_LIMIT',
  INDIRECT_MODEL = 'INDIRECT_MODEL',
  OFFER_DETAILS = 'OFFER_DETAILS',
  ROLES = 'ROLES',
  PROGRAM_PRACTICE = 'PROGRAM_PRACTICE',
}
