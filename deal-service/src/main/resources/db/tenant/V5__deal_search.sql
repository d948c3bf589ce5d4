-- Deals are searched by name as contacts are (lower case, no accents, any part of the name), so
-- "zoe" finds "Zoë Bakery renewal": the folded name, indexed for trigram matching of substrings.
alter table deals add column search_text text generated always as (public.crm_search_text(array[name])) stored;
create index deals_search on deals using gin (search_text public.gin_trgm_ops) where deleted_at is null;
