// The contacts of a partner, publisher or offer (none when it is null), ordered by kind then id,
// as records (@contact-fields): how a statement that reads a party brings its contacts along, so
// no second statement asks for them (find-contacts-by-owner-ids answers the same for any owner).
// @fragment contacts-of(owner)
COLLECT { MATCH ({owner})-[:HAS_CONTACT]->({owner}_contact:SupportContact) WITH {owner}_contact ORDER BY {owner}_contact.kind, {owner}_contact.id RETURN @contact-fields({owner}_contact) }
