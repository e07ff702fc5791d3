// write/lock-entities for SupportContact alone, when the caller knows the kind (an import's own rows): a
// statement of its own, so that the database plans one small query, not the nine kinds' union, as
// the store grows during an import.
@lock-ids(SupportContact)
