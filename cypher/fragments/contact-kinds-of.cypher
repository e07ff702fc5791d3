// The kinds of contact a partner, publisher or offer can be reached by (a list, with repeats).
// @fragment contact-kinds-of(owner)
[({owner})-[:HAS_CONTACT]->({owner}_kind:SupportContact) | {owner}_kind.kind]
