// The contacts of partners, publishers or offers (@match-contact-owner), ordered by kind then id
// (@contacts-of); an unknown owner has none.
UNWIND $ids AS ownerId
@match-contact-owner(ownerId, owner)
RETURN ownerId, @contacts-of(owner) AS contacts
