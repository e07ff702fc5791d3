// The stored state of each Partner named by $ids (other ids are absent): unscoped/write/find-entity-snapshots
// for one kind, when the caller knows it (an import's own rows). A statement of its own, so that the
// database plans one small query, not the nine kinds' union, as the store grows during an import.
UNWIND $ids AS id
@partner-snapshot(id)
