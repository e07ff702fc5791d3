// A contact belongs to a partner, a publisher or one offer (the offer details page); ids are
// unique across those kinds, so at most one of the three matches.
UNWIND $rows AS row
WITH row, row.ownerId AS ownerId
@match-contact-owner(ownerId, owner)
WITH row, owner
WHERE owner IS NOT NULL
MERGE (c:SupportContact {id: row.id})
// Every field of the list, so a field the row leaves out (null) is removed.
SET c += row { @contact-properties() }
MERGE (owner)-[:HAS_CONTACT]->(c)
