// A partner has a customer relationship with a customer at $at (docs/security.md): an open
// HAS_RELATIONSHIP_WITH in force, or, by rule, it sells or supplies one of the customer's
// subscriptions in force.
// @fragment customer-relationship(partner, customer)
(EXISTS { ({partner})-[{customer}_rel:HAS_RELATIONSHIP_WITH WHERE @in-force({customer}_rel)]->({customer}) }
 OR EXISTS { ({customer})-[{customer}_held:HAS_SUBSCRIPTION WHERE @in-force({customer}_held)]->(:Subscription)-[{customer}_serves:SOLD_BY|SUPPLIED_BY WHERE @in-force({customer}_serves)]->({partner}) })
