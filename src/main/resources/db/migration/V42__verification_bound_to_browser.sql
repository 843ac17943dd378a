-- The hash of a random value kept in an HttpOnly cookie of the browser that registered: the confirmation link then
-- signs in that browser only; opened anywhere else (another device, a mail scanner), it only confirms the address.
ALTER TABLE account_token ADD COLUMN browser_hash CHAR(64);
