// A partner, publisher or offer has none of the contact kinds a rule step names.
// @fragment lacks-step-contacts(owner, step)
NOT EXISTS { ({owner})-[:HAS_CONTACT]->({owner}_has:SupportContact) WHERE {owner}_has.kind IN {step}.contactKinds }
