// Only what the caller's $scope may see is listed or counted (docs/security.md, "Tenant scoping").
// Every place the graph cannot answer a support question well, one row per (kind, entity), with
// the customers and subscriptions it affects; ordered by kind, then entity id. $kind (null: all)
// keeps one kind; the keyset ($afterKind, $afterId) and $limit cut one page.
// Relationships count while in force at $at.
// Bounded by the gaps, not the graph: each branch starts from the few parties that lack a contact
// (found once, by their own contacts) and walks only to the subscriptions they serve.
// The two partner kinds test partners against the scope's co-parties, which a partner's scope
// reads by walking all its links: only when one of them is asked for (null otherwise, unused).
OPTIONAL CALL () {
  WITH 1 AS listed WHERE $kind IS NULL OR $kind IN ['PARTNER_WITHOUT_SUPPORT_DESK', 'RESELLER_WITHOUT_PROVIDER']
  @scope-co-parties()
  RETURN scopeCoParties
}
CALL (scopeCoParties) {
  // An ISV offer nobody answers customer support for: neither the offer (its details page) nor
  // its publisher has a CUSTOMER_SUPPORT contact.
  MATCH (o:Offer)-[:PUBLISHED_BY]->(pub:Publisher)
  WHERE ($kind IS NULL OR $kind = 'OFFER_WITHOUT_CUSTOMER_SUPPORT')
    AND @offer-category(pub) = 'THIRD_PARTY'
    AND NOT EXISTS { (o)-[:HAS_CONTACT]->(:SupportContact {kind: 'CUSTOMER_SUPPORT'}) }
    AND NOT EXISTS { (pub)-[:HAS_CONTACT]->(:SupportContact {kind: 'CUSTOMER_SUPPORT'}) }
    AND @visible-publisher(pub)
  CALL (o) {
    OPTIONAL MATCH @holders-of(o, s, held, c)
    RETURN count(DISTINCT c) AS customerCount, count(DISTINCT s) AS subscriptionCount
  }
  RETURN 'OFFER_WITHOUT_CUSTOMER_SUPPORT' AS kind, o.id AS entityId, o.name AS entityName, null AS offerName,
         ['CUSTOMER_SUPPORT'] AS missingContactKinds, [] AS issueTypes, customerCount, subscriptionCount
  UNION ALL
  // A partner customers (or its resellers) cannot reach: no SUPPORT_DESK contact.
  MATCH (p:Partner)
  WHERE ($kind IS NULL OR $kind = 'PARTNER_WITHOUT_SUPPORT_DESK')
    AND NOT EXISTS { (p)-[:HAS_CONTACT]->(:SupportContact {kind: 'SUPPORT_DESK'}) }
    AND @visible-partner-among(p, scopeCoParties)
  CALL (p) {
    OPTIONAL MATCH (p)<-[r6:SOLD_BY|SUPPLIED_BY|DESIGNATED_SUPPORT WHERE @in-force(r6)]-(s:Subscription)<-[r5:HAS_SUBSCRIPTION WHERE @in-force(r5)]-(c:Customer)
    WHERE @visible-subscription(s)
    RETURN count(DISTINCT c) AS customerCount, count(DISTINCT s) AS subscriptionCount
  }
  RETURN 'PARTNER_WITHOUT_SUPPORT_DESK' AS kind, p.id AS entityId, p.name AS entityName, null AS offerName,
         ['SUPPORT_DESK'] AS missingContactKinds, [] AS issueTypes, customerCount, subscriptionCount
  UNION ALL
  // An indirect reseller that buys through no indirect provider.
  MATCH (p:Partner {kind: 'INDIRECT_RESELLER'})
  WHERE ($kind IS NULL OR $kind = 'RESELLER_WITHOUT_PROVIDER')
    AND NOT EXISTS { (p)-[r8:BUYS_THROUGH WHERE @in-force(r8)]->(:Partner) }
    AND @visible-partner-among(p, scopeCoParties)
  CALL (p) {
    OPTIONAL MATCH (p)<-[r12:SOLD_BY WHERE @in-force(r12)]-(s:Subscription)<-[r11:HAS_SUBSCRIPTION WHERE @in-force(r11)]-(c:Customer)
    WHERE @visible-subscription(s)
    RETURN count(DISTINCT c) AS customerCount, count(DISTINCT s) AS subscriptionCount
  }
  RETURN 'RESELLER_WITHOUT_PROVIDER' AS kind, p.id AS entityId, p.name AS entityName, null AS offerName,
         [] AS missingContactKinds, [] AS issueTypes, customerCount, subscriptionCount
  UNION ALL
  // A subscription whose path, for some issue type, has a RESPONSIBLE step whose party has none of
  // the contacts the step names. Roles bind as in supportPath: the partner of record, the provider
  // it bought through, the offer's publisher (an offer's own contact counts), Microsoft.
  // Only subscriptions served by a party without some RESPONSIBLE step's contacts can have such a
  // gap: those candidates are found from the parties, then each is checked exactly as a path binds,
  // against the matrix's RESPONSIBLE steps (read once) and its parties' contact kinds (read once per
  // offer and set of parties, which many candidates share).
  CALL () {
    MATCH (rule:SupportRule)-[:HAS_STEP]->(step:SupportRuleStep {duty: 'RESPONSIBLE'})
    WHERE size(step.contactKinds) > 0
    RETURN collect({issueType: rule.issueType, offerCategory: rule.offerCategory, role: step.role,
                    contactKinds: step.contactKinds, offerTypes: step.offerTypes}) AS steps
  }
  CALL () {
    // Partners without a contact kind some RESPONSIBLE partner-of-record step names: what they sell.
    // Each partner's contact kinds are read once and held against every such step (not one
    // subquery per step and partner); the test is the one the candidates are checked with below.
    MATCH (step:SupportRuleStep {duty: 'RESPONSIBLE', role: 'PARTNER_OF_RECORD'})
    WHERE ($kind IS NULL OR $kind = 'RESPONSIBLE_STEP_WITHOUT_CONTACT') AND size(step.contactKinds) > 0
    WITH collect(step.contactKinds) AS needs WHERE size(needs) > 0
    MATCH (p:Partner)
    WITH p, needs, @contact-kinds-of(p) AS kinds
    WHERE any(needed IN needs WHERE none(k IN needed WHERE k IN kinds))
    MATCH (p)<-[r20:SOLD_BY WHERE @in-force(r20)]-(s:Subscription)
    RETURN s
    UNION
    // The same for the provider's steps: what they supply.
    MATCH (step:SupportRuleStep {duty: 'RESPONSIBLE', role: 'INDIRECT_PROVIDER'})
    WHERE ($kind IS NULL OR $kind = 'RESPONSIBLE_STEP_WITHOUT_CONTACT') AND size(step.contactKinds) > 0
    WITH collect(step.contactKinds) AS needs WHERE size(needs) > 0
    MATCH (p:Partner)
    WITH p, needs, @contact-kinds-of(p) AS kinds
    WHERE any(needed IN needs WHERE none(k IN needed WHERE k IN kinds))
    MATCH (p)<-[r21:SUPPLIED_BY WHERE @in-force(r21)]-(s:Subscription)
    RETURN s
    UNION
    // Offers whose publisher's step finds none of its contact kinds, on the offer or the publisher.
    MATCH (rule:SupportRule)-[:HAS_STEP]->(step:SupportRuleStep {duty: 'RESPONSIBLE', role: 'PUBLISHER'})
    WHERE ($kind IS NULL OR $kind = 'RESPONSIBLE_STEP_WITHOUT_CONTACT') AND size(step.contactKinds) > 0
    MATCH (o:Offer)-[:PUBLISHED_BY]->(pub:Publisher)
    WHERE rule.offerCategory = @offer-category(pub)
      AND @step-applies-to(step, o)
      AND @lacks-step-contacts(pub, step)
      AND @lacks-step-contacts(o, step)
    WITH DISTINCT o
    MATCH (o)<-[:FOR_OFFER]-(s:Subscription)
    RETURN s
    UNION
    // Every offer a Microsoft step applies to, when Microsoft lacks that step's contact kinds.
    MATCH (rule:SupportRule)-[:HAS_STEP]->(step:SupportRuleStep {duty: 'RESPONSIBLE', role: 'MICROSOFT'})
    WHERE ($kind IS NULL OR $kind = 'RESPONSIBLE_STEP_WITHOUT_CONTACT') AND size(step.contactKinds) > 0
      AND EXISTS { MATCH (ms:Publisher {isMicrosoft: true}) WHERE @lacks-step-contacts(ms, step) }
    WITH DISTINCT rule, step
    MATCH (o:Offer)-[:PUBLISHED_BY]->(pub:Publisher)
    WHERE rule.offerCategory = @offer-category(pub)
      AND @step-applies-to(step, o)
    WITH DISTINCT o
    MATCH (o)<-[:FOR_OFFER]-(s:Subscription)
    RETURN s
  }
  WITH steps, s WHERE @visible-subscription(s)
  // Each candidate's parties, bound as a path binds them (a RESPONSIBLE step is never the
  // designated support contact's: it takes only the partner of record's FIRST_CONTACT steps).
  @match-path-parties(s, held, c, o, pub, por, provider, designated, ms)
  // Subscriptions with the same offer and parties have the same gaps: the parties' contact kinds
  // are read, and the steps checked, once per such group rather than once per subscription.
  WITH steps, o, pub, por, provider, ms, collect({s: s, c: c}) AS holders
  // The contact kinds each party can be reached by; the publisher's include the offer's own.
  WITH holders, o, steps, @offer-category(pub) AS offerCategory,
       @contact-kinds-of(por) AS partnerKinds,
       CASE WHEN provider IS NOT NULL THEN @contact-kinds-of(provider) END AS providerKinds,
       @contact-kinds-of(pub) + @contact-kinds-of(o) AS publisherKinds,
       CASE WHEN ms IS NOT NULL THEN @contact-kinds-of(ms) END AS microsoftKinds
  WITH holders, o, [step IN steps WHERE step.offerCategory = offerCategory AND @step-applies-to(step, o)
                     | {step: step, partyKinds: CASE step.role WHEN 'PARTNER_OF_RECORD' THEN partnerKinds WHEN 'INDIRECT_PROVIDER' THEN providerKinds
                                                               WHEN 'PUBLISHER' THEN publisherKinds WHEN 'MICROSOFT' THEN microsoftKinds END}] AS applicable
  WITH holders, o, [x IN applicable WHERE x.partyKinds IS NOT NULL
                                      AND none(needed IN x.step.contactKinds WHERE needed IN x.partyKinds) | x.step] AS failing
  WHERE size(failing) > 0
  // Back to one row per subscription, as a path has them, with its failing steps in matrix order.
  UNWIND holders AS holder
  UNWIND failing AS step
  WITH holder.c AS c, holder.s AS s, o, collect(DISTINCT step.issueType) AS issueTypes, collect(step.contactKinds) AS kindLists
  RETURN 'RESPONSIBLE_STEP_WITHOUT_CONTACT' AS kind, s.id AS entityId, c.name AS entityName, o.name AS offerName,
         reduce(kinds = [], list IN kindLists | kinds + [k IN list WHERE NOT k IN kinds]) AS missingContactKinds,
         issueTypes, 1 AS customerCount, 1 AS subscriptionCount
}
WITH kind, entityId, entityName, offerName, missingContactKinds, issueTypes, customerCount, subscriptionCount
ORDER BY kind, entityId
WITH collect({kind: kind, entityId: entityId, entityName: entityName, offerName: offerName,
              missingContactKinds: missingContactKinds, issueTypes: issueTypes,
              affectedCustomerCount: customerCount, affectedSubscriptionCount: subscriptionCount}) AS gaps
RETURN size(gaps) AS totalCount,
       [g IN gaps WHERE $afterKind IS NULL OR g.kind > $afterKind OR (g.kind = $afterKind AND g.entityId > $afterId)][..toInteger($limit)] AS nodes
