// The transactions running now, other than this one: what a test checks a hung-up client left.
SHOW TRANSACTIONS YIELD transactionId, currentQuery, status
WHERE NOT currentQuery CONTAINS 'SHOW TRANSACTIONS'
RETURN transactionId, currentQuery, status
