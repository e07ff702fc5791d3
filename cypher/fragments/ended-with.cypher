// A party relationship (SOLD_BY, SUPPLIED_BY, DESIGNATED_SUPPORT) of a subscription that ended when
// the subscription did: at the moment `held`, its HAS_SUBSCRIPTION, ended (write/end-subscriptions
// ends them together). How an ended subscription keeps the parties it ended with.
// @fragment ended-with(rel, held)
{rel}.validTo = {held}.validTo
