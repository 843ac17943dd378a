-- An email change is confirmed from the new address. The token stays bound to the current address (column email),
-- so it dies if the address changes in another way first; new_email is where the member wants to move.
ALTER TABLE account_token ADD COLUMN new_email VARCHAR(254);
