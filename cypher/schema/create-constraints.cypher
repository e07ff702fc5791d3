// Uniqueness constraints on every id (Community Edition has no node keys) and the indexes the
// queries use, then a wait until all are online. Idempotent.
CREATE CONSTRAINT customer_id IF NOT EXISTS FOR (n:Customer) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT partner_id IF NOT EXISTS FOR (n:Partner) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT publisher_id IF NOT EXISTS FOR (n:Publisher) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT offer_id IF NOT EXISTS FOR (n:Offer) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT subscription_id IF NOT EXISTS FOR (n:Subscription) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT support_contact_id IF NOT EXISTS FOR (n:SupportContact) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT resource_id IF NOT EXISTS FOR (n:Resource) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT support_rule_id IF NOT EXISTS FOR (n:SupportRule) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT support_rule_step_id IF NOT EXISTS FOR (n:SupportRuleStep) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT relationship_request_id IF NOT EXISTS FOR (n:RelationshipRequest) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT support_matrix_id IF NOT EXISTS FOR (n:SupportMatrix) REQUIRE n.id IS UNIQUE;
CREATE INDEX publisher_is_microsoft IF NOT EXISTS FOR (n:Publisher) ON (n.isMicrosoft);
CREATE INDEX support_rule_key IF NOT EXISTS FOR (n:SupportRule) ON (n.offerCategory, n.issueType);
CREATE FULLTEXT INDEX search_names IF NOT EXISTS FOR (n:Customer|Partner|Publisher|Offer) ON EACH [n.name];
CREATE CONSTRAINT change_id IF NOT EXISTS FOR (n:Change) REQUIRE n.id IS UNIQUE;
CREATE INDEX change_entity_id IF NOT EXISTS FOR (n:Change) ON (n.entityId);
CREATE CONSTRAINT migration_id IF NOT EXISTS FOR (n:Migration) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT write_gate_name IF NOT EXISTS FOR (n:WriteGate) REQUIRE n.name IS UNIQUE;
CREATE CONSTRAINT mutation_key IF NOT EXISTS FOR (n:MutationKey) REQUIRE n.key IS UNIQUE;
CREATE INDEX change_client_mutation_id IF NOT EXISTS FOR (n:Change) ON (n.clientMutationId);
CALL db.awaitIndexes(60);
