// The customer list's filters (docs/queries.md, "Browse"), each ignored when null, and tenant
// scoping: the name contains $nameContains (case-insensitive); $servedByPartnerId sold or supplied
// one of its subscriptions at $at; it holds a subscription to an offer of $publisherId at $at.
// @fragment customer-filter(customer)
(@visible-customer({customer})
 AND ($nameContains IS NULL OR toLower({customer}.name) CONTAINS toLower($nameContains))
 AND ($servedByPartnerId IS NULL
      OR EXISTS { ({customer})-[{customer}_h1:HAS_SUBSCRIPTION WHERE @in-force({customer}_h1)]->(:Subscription)-[{customer}_r1:SOLD_BY|SUPPLIED_BY WHERE @in-force({customer}_r1)]->(:Partner {id: $servedByPartnerId}) })
 AND ($publisherId IS NULL
      OR EXISTS { ({customer})-[{customer}_h2:HAS_SUBSCRIPTION WHERE @in-force({customer}_h2)]->(:Subscription)-[:FOR_OFFER]->(:Offer)-[:PUBLISHED_BY]->(:Publisher {id: $publisherId}) }))
