// A page of customers as customer/page-customers reads it, and the subscriptions they hold as
// subscription/find-subscriptions-by-customer-ids reads them, in one statement: what the browse
// customers → subscriptions → offer → publisher → contacts asks, in one round trip. One row.
@customers-page()
CALL (nodes) {
  WITH [n IN nodes | n.id] AS ids
  @subscriptions-with-offers(ids)
  RETURN subscriptions, offers
}
RETURN nodes, totalCount, subscriptions, offers
