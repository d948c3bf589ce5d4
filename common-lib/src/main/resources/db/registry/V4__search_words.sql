-- Full-text search support shared by every tenant schema (ADR 11). A record's searchable parts are
-- folded (lower case, no accents) and split into words at anything that is not a letter or digit;
-- the words become lexemes as they are, with no language stemming, so names and emails match the
-- way people type them. Queries are built from the same words, so both sides always agree.
create or replace function public.crm_search_words(parts text[]) returns text[]
    language sql immutable parallel safe
    as $$ select coalesce(array_agg(w), '{}') from unnest(regexp_split_to_array(public.crm_search_text(parts), '[^[:alnum:]]+')) w
          where length(w) between 1 and 200 $$;

create or replace function public.crm_search_vector(parts text[]) returns tsvector
    language sql immutable parallel safe
    as $$ select array_to_tsvector(public.crm_search_words(parts)) $$;

-- Phone numbers are also searched by their digits alone, from any digit on (at least five of them):
-- "+44 20 7946 0958" is found by 442079460958, by 2079460958 (without the country code) and by 79460.
create or replace function public.crm_digits(phones text[]) returns text[]
    language sql immutable parallel safe
    as $$ select coalesce(array_agg(substr(d, i)), '{}')
          from (select regexp_replace(p, '[^0-9]', '', 'g') d from unnest(phones) p where p is not null) x,
               generate_series(1, greatest(length(d) - 4, 1)) i
          where d <> '' $$;

-- Tags are filtered ignoring case.
create or replace function public.crm_fold_array(items text[]) returns text[]
    language sql immutable parallel safe
    as $$ select coalesce(array_agg(lower(i)), '{}') from unnest(items) i $$;
