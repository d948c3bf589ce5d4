-- The token a refresh token was rotated to, sealed with a key derived from the rotated token itself:
-- a replay within the reuse grace gets the same successor back instead of opening a second branch.
alter table refresh_tokens add column successor_sealed bytea;
