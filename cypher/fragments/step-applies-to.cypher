// A rule step limited to offer types applies to offers of those types alone (the same rule as
// stepAppliesTo in src/domain/support-path.ts, for the gaps the database finds).
// @fragment step-applies-to(step, offer)
({step}.offerTypes IS NULL OR {offer}.offerType IN {step}.offerTypes)
