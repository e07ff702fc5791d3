// Offers written before offer types: SAAS, the type whose paths have no Azure-only step, until an
// upsert says otherwise.
MATCH (o:Offer) WHERE o.offerType IS NULL
SET o.offerType = 'SAAS'
