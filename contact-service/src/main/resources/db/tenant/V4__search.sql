-- Search: one folded text per record (names, emails, phones with and without separators, tags;
-- companies: name and domain), indexed for trigram matching, which serves substrings, prefixes and
-- small typos alike.
alter table contacts add column search_text text generated always as (public.crm_search_text(
    array[first_name, last_name, email, phone, regexp_replace(phone, '[^0-9+]', '', 'g'), title]
    || additional_emails || additional_phones || tags)) stored;
create index contacts_search on contacts using gin (search_text public.gin_trgm_ops) where deleted_at is null;

alter table companies add column search_text text generated always as (public.crm_search_text(
    array[name, domain, industry])) stored;
create index companies_search on companies using gin (search_text public.gin_trgm_ops) where deleted_at is null;
