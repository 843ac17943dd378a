-- A mail that can be stopped with one click names where (RFC 8058): its List-Unsubscribe header.
ALTER TABLE mail_outbox ADD COLUMN unsubscribe_url VARCHAR(1000);
