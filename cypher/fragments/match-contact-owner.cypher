// The owner a contact belongs to, by its id: a partner, a publisher or an offer (ids are unique
// across those kinds, so at most one matches; null when none). Binds `owner` beside what was bound.
// @fragment match-contact-owner(ownerId, owner)
OPTIONAL MATCH ({owner}_partner:Partner {id: {ownerId}})
OPTIONAL MATCH ({owner}_publisher:Publisher {id: {ownerId}})
OPTIONAL MATCH ({owner}_offer:Offer {id: {ownerId}})
WITH *, coalesce({owner}_partner, {owner}_publisher, {owner}_offer) AS {owner}
