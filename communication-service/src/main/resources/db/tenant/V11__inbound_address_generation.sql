-- The organization's inbound address carries this value (signed); rotating the address replaces it, so the
-- old address stops working. Existing organizations start at the zero UUID: the address they already gave
-- their mail provider keeps working until an admin rotates it.
alter table communication_settings add column inbound_generation uuid not null default '00000000-0000-0000-0000-000000000000';
