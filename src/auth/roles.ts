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
}

/** Who may do what: each operation names one of these groups in `@Authorized(...)`. */
export const MAY = {
  /** Read support paths and support overviews. */
  readSupport: [Role.GLOBAL_ADMIN, Role.ADMIN_AGENT, Role.ANALYST],
  /** Browse customers, subscriptions, partners, offers, publishers (scoped to the caller). */
  browse: Object.values(Role),
  /** Read outage impact (publishers for their own offers). */
  readOutageImpact: [Role.GLOBAL_ADMIN, Role.ADMIN_AGENT, Role.ANALYST, Role.PUBLISHER_ADMIN],
  /** Read the support matrix, the rules as data. */
  readMatrix: [Role.GLOBAL_ADMIN, Role.ADMIN_AGENT, Role.ANALYST, Role.PUBLISHER_ADMIN],
  /** Write partner-side data (own organisation; GLOBAL_ADMIN with no organisation: all). */
  writePartnerData: [Role.GLOBAL_ADMIN, Role.ADMIN_AGENT],
  /** Write an ISV's offers, contacts and resources. */
  writePublisherData: [Role.GLOBAL_ADMIN, Role.ADMIN_AGENT, Role.PUBLISHER_ADMIN],
} as const;

export const isRole = (value: unknown): value is Role => typeof value === 'string' && (Object.values(Role) as string[]).includes(value);
