// Tenant scoping: a partner is visible to $scope when the scope sees everything; when it is the
// scope's partner or linked to it by BUYS_THROUGH at $at (either way); when it is another party
// (partner of record, provider, designated support contact) of a subscription the scope's partner
// is a party of at $at; or when it sells, supplies or supports, at $at, a subscription to an offer
// of the scope's publisher. One rule for a partner wherever it appears: lookups, lists, the parties
// of a subscription, outage partner lists. A statement testing many partners uses
// @visible-partner-among, the same rule with the co-party branch read once.
// @fragment visible-partner(partner)
(@visible-partner-unless-co-party({partner})
 OR EXISTS { ({partner})<-[{partner}_party:SOLD_BY|SUPPLIED_BY|DESIGNATED_SUPPORT WHERE @in-force({partner}_party)]-(:Subscription)-[{partner}_mine:SOLD_BY|SUPPLIED_BY|DESIGNATED_SUPPORT WHERE @in-force({partner}_mine)]->(:Partner {id: $scope.partnerId}) })
