/**
 * Roles a caller can hold. The program's own rule: only partner users with the Global admin or
 * Admin agent role see support information.
 */
export enum Role {
  GLOBAL_ADMIN = 'GLOBAL_ADMIN',
  ADMIN_AGENT = 'ADMIN_AGENT',
  SALES_AGENT = 'SALES_AGENT',
  HELPDESK_AGENT = 'HELPDESK_AGENT',
  /** Internal: reads everything, writes nothing. */
  ANALYST = 'ANALYST',
  /** An ISV: its offers, contacts, resources, and outage impact for its offers. */
  PUBLISHER_ADMIN = 'PUBLISHER_ADMIN',
  /**
   * The platform's operator: writes anything, edits the support matrix. An explicit role, held
   * only by a caller with no organisation (never inferred from a missing organisation).
   */
  PLATFORM_OPERATOR = 'PLATFORM_OPERATOR',
}

/** Roles of a partner organisation's staff: a caller holding one must carry a partnerId. */
export const PARTNER_ROLES: readonly Role[] = [Role.GLOBAL_ADMIN, Role.ADMIN_AGENT, Role.SALES_AGENT, Role.HELPDESK_AGENT];

/** Who may do what: each operation names one of these groups in `@Authorized(...)`. */
export const MAY = {
  /** Read support paths and support overviews. */
  readSupport: [Role.GLOBAL_ADMIN, Role.ADMIN_AGENT, Role.ANALYST, Role.PLATFORM_OPERATOR],
  /** Browse customers, subscriptions, partners, offers, publishers (scoped to the caller). */
  browse: Object.values(Role),
  /** Read outage impact (publishers for their own offers). */
  readOutageImpact: [Role.GLOBAL_ADMIN, Role.ADMIN_AGENT, Role.ANALYST, Role.PUBLISHER_ADMIN, Role.PLATFORM_OPERATOR],
  /** Read the support matrix, the rules as data. */
  readMatrix: [Role.GLOBAL_ADMIN, Role.ADMIN_AGENT, Role.ANALYST, Role.PUBLISHER_ADMIN, Role.PLATFORM_OPERATOR],
  /** Write partner-side data: customers, partners, subscriptions, reseller links, designations (own organisation; see write-guard.ts). */
  writePartnerData: [Role.GLOBAL_ADMIN, Role.ADMIN_AGENT, Role.PLATFORM_OPERATOR],
  /** Write publishers, offers, support contacts and resources (own organisation). */
  writeCatalogData: [Role.GLOBAL_ADMIN, Role.ADMIN_AGENT, Role.PUBLISHER_ADMIN, Role.PLATFORM_OPERATOR],
  /** Accept or grant a customer relationship for the customer (who has no login here): the platform operator only. */
  grantCustomerRelationships: [Role.PLATFORM_OPERATOR],
  /** Edit the support matrix: the platform operator only. */
  writeMatrix: [Role.PLATFORM_OPERATOR],
  /** Read the audit trail (`changes`): internal analysts. */
  readAudit: [Role.ANALYST],
} as const;

export const isRole = (value: unknown): value is Role => typeof value === 'string' && (Object.values(Role) as string[]).includes(value);
