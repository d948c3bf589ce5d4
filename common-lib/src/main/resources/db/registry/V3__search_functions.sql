-- Search support shared by every tenant schema: trigram matching and accent folding (both trusted
-- extensions), and one immutable function that turns a record's searchable parts into the text that
-- is indexed, so "Zoë Müller" is found by "zoe muller".
create extension if not exists pg_trgm with schema public;
create extension if not exists unaccent with schema public;

create or replace function public.crm_search_text(parts text[]) returns text
    language sql immutable parallel safe
    as $$ select lower(public.unaccent('public.unaccent'::regdictionary, array_to_string(parts, ' '))) $$;
