// Takes the creation gate of the write operation $gate (see the fragment): a write that finds
// some of its entities missing takes it, then locks and reads again (write/lock-entities).
@creation-gate()
