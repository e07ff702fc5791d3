// Test support: stops these transactions, as an operator (or a database shutting down) would.
TERMINATE TRANSACTIONS $ids
YIELD transactionId, message
RETURN transactionId, message
