/**
 * The kinds of place where the graph cannot answer a support question well. Their string order
 * is the order gaps are listed in.
 */
export enum SupportGapKind {
  /** An ISV offer with no CUSTOMER_SUPPORT contact, on the offer or its publisher. */
  OFFER_WITHOUT_CUSTOMER_SUPPORT = 'OFFER_WITHOUT_CUSTOMER_SUPPORT',
  /** A partner with no SUPPORT_DESK contact. */
  PARTNER_WITHOUT_SUPPORT_DESK = 'PARTNER_WITHOUT_SUPPORT_DESK',
  /** An indirect reseller that buys through no indirect provider. */
  RESELLER_WITHOUT_PROVIDER = 'RESELLER_WITHOUT_PROVIDER',
  /** A subscription whose path has a RESPONSIBLE step whose party has none of the contacts it names. */
  RESPONSIBLE_STEP_WITHOUT_CONTACT = 'RESPONSIBLE_STEP_WITHOUT_CONTACT',
}
