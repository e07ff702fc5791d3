// A store as the previous release wrote it (test/fixtures/previous-release/: its seeds, as
// $graph and $rules): offers without a type, contacts without an audience, and a matrix whose
// steps carry a `reason` and cite no clause, with a CONFIGURATION rule. Relationships start at
// $since. Used by the migration test on a database of its own.
UNWIND $graph.publishers AS row
MERGE (n:Publisher {id: row.id}) SET n.name = row.name, n.isMicrosoft = coalesce(row.isMicrosoft, false)
WITH count(*) AS done
UNWIND $graph.partners AS row
MERGE (n:Partner {id: row.id}) SET n.name = row.name, n.kind = row.kind
WITH count(*) AS done
UNWIND $graph.resellerLinks AS row
MATCH (reseller:Partner {id: row.resellerId}), (provider:Partner {id: row.providerId})
MERGE (reseller)-[link:BUYS_THROUGH]->(provider) SET link.validFrom = datetime($since)
WITH count(*) AS done
UNWIND $graph.offers AS row
MATCH (pub:Publisher {id: row.publisherId})
MERGE (n:Offer {id: row.id}) SET n.name = row.name
MERGE (n)-[:PUBLISHED_BY]->(pub)
WITH count(*) AS done
UNWIND $graph.customers AS row
MERGE (n:Customer {id: row.id}) SET n.name = row.name
WITH count(*) AS done
UNWIND $graph.subscriptions AS row
MATCH (c:Customer {id: row.customerId}), (o:Offer {id: row.offerId}), (p:Partner {id: row.partnerId})
MERGE (s:Subscription {id: row.id})
MERGE (c)-[h:HAS_SUBSCRIPTION]->(s) SET h.validFrom = datetime($since)
MERGE (s)-[:FOR_OFFER]->(o)
MERGE (s)-[sold:SOLD_BY]->(p) SET sold.validFrom = datetime($since)
WITH s, row
OPTIONAL MATCH (provider:Partner {id: row.providerId})
FOREACH (x IN CASE WHEN provider IS NULL THEN [] ELSE [provider] END |
  MERGE (s)-[sup:SUPPLIED_BY]->(x) SET sup.validFrom = datetime($since))
WITH count(*) AS done
UNWIND $graph.contacts AS row
OPTIONAL MATCH (partner:Partner {id: row.ownerId})
OPTIONAL MATCH (publisher:Publisher {id: row.ownerId})
OPTIONAL MATCH (offer:Offer {id: row.ownerId})
WITH row, coalesce(partner, publisher, offer) AS owner
MERGE (c:SupportContact {id: row.id})
SET c.kind = row.kind, c.name = row.name, c.email = row.email, c.phone = row.phone, c.url = row.url, c.hours = row.hours, c.sla = row.sla
MERGE (owner)-[:HAS_CONTACT]->(c)
WITH count(*) AS done
UNWIND $graph.resources AS row
MATCH (o:Offer {id: row.offerId})
MERGE (r:Resource {id: row.id}) SET r.kind = row.kind, r.url = row.url
MERGE (o)-[:HAS_RESOURCE]->(r)
WITH count(*) AS done
UNWIND $rules AS rule
MERGE (r:SupportRule {id: rule.id}) SET r.offerCategory = rule.offerCategory, r.issueType = rule.issueType
WITH r, rule
UNWIND range(1, size(rule.steps)) AS rank
WITH r, rule, rank, rule.steps[rank - 1] AS step
MERGE (s:SupportRuleStep {id: rule.id + ':' + toString(rank)})
SET s.rank = rank, s.role = step.role, s.duty = step.duty, s.contactKinds = step.contactKinds, s.reason = step.reason
MERGE (r)-[:HAS_STEP]->(s)
