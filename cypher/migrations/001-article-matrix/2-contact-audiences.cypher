// Contacts written before audiences: the default of their kind ($defaultAudience, from
// src/domain/write-rules.ts defaultAudience).
MATCH (c:SupportContact) WHERE c.audience IS NULL
SET c.audience = $defaultAudience[c.kind]
