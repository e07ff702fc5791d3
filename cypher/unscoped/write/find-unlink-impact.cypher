// What ending each reseller → provider link touches: the reseller's current subscriptions through
// that provider (they move), and the provider's current subscriptions that designate the reseller
// as their support contact (the designation lapses).
UNWIND $rows AS row
CALL (row) {
  OPTIONAL MATCH (s:Subscription)-[sold:SOLD_BY]->(:Partner {id: row.resellerId})
  WHERE sold.validTo IS NULL
    AND EXISTS { (s)-[sup:SUPPLIED_BY]->(:Partner {id: row.providerId}) WHERE sup.validTo IS NULL }
  WITH s ORDER BY s.id
  RETURN collect(s.id) AS movedSubscriptionIds
}
CALL (row) {
  OPTIONAL MATCH (s:Subscription)-[d:DESIGNATED_SUPPORT]->(:Partner {id: row.resellerId})
  WHERE d.validTo IS NULL
    AND EXISTS { (s)-[sup:SUPPLIED_BY]->(:Partner {id: row.providerId}) WHERE sup.validTo IS NULL }
  WITH s ORDER BY s.id
  RETURN collect(s.id) AS designatingSubscriptionIds
}
RETURN row.resellerId AS resellerId, row.providerId AS providerId, movedSubscriptionIds, designatingSubscriptionIds
