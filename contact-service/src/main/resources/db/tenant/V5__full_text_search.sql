-- Search that holds at a million contacts (ADR 11): a tsvector of words per record in a GIN index
-- answers exact and prefix matches; a dictionary of the words seen, indexed for trigrams, turns a
-- typo into the near words that are then looked up like any other; contacts carry their company's
-- name and domain so "anna acme" finds Anna at Acme. V4's trigram column is dropped.
alter table contacts drop column search_text;
alter table companies drop column search_text;

alter table contacts add column company_terms text;
update contacts c set company_terms = concat_ws(' ', co.name, co.domain) from companies co where co.id = c.company_id;

alter table contacts add column search_vector tsvector generated always as (public.crm_search_vector(
    array[first_name, last_name, email, phone, title, company_terms] || additional_emails || additional_phones || tags
    || public.crm_digits(array[phone] || additional_phones))) stored;
create index contacts_search on contacts using gin (search_vector) where deleted_at is null;

alter table companies add column search_vector tsvector generated always as (public.crm_search_vector(
    array[name, domain, industry])) stored;
create index companies_search on companies using gin (search_vector) where deleted_at is null;

-- Trigger functions name tables through tg_table_schema when the writer's search_path is another
-- schema (a session with schema-qualified SQL; spare schemas are renamed when claimed); the
-- services' own connections take the static, plan-cached path.

-- a contact takes its company's terms when it joins a company ...
create function contacts_take_company_terms() returns trigger language plpgsql as $$
begin
    if new.company_id is null then
        new.company_terms := null;
    elsif tg_table_schema = current_schema() then
        select concat_ws(' ', co.name, co.domain) into new.company_terms from companies co where co.id = new.company_id;
    else
        execute format('select concat_ws('' '', co.name, co.domain) from %I.companies co where co.id = $1', tg_table_schema)
            into new.company_terms using new.company_id;
    end if;
    return new;
end $$;
create trigger contacts_take_company_terms before insert on contacts
    for each row when (new.company_id is not null) execute function contacts_take_company_terms();
create trigger contacts_change_company_terms before update of company_id on contacts
    for each row when (old.company_id is distinct from new.company_id) execute function contacts_take_company_terms();

-- ... and keeps them when the company is renamed
create function companies_pass_terms_to_contacts() returns trigger language plpgsql as $$
begin
    execute format('update %I.contacts set company_terms = $1 where company_id = $2', tg_table_schema)
        using concat_ws(' ', new.name, new.domain), new.id;
    return null;
end $$;
create trigger companies_pass_terms_to_contacts after update of name, domain on companies
    for each row when (old.name is distinct from new.name or old.domain is distinct from new.domain)
    execute function companies_pass_terms_to_contacts();

-- Words for typo tolerance: letters only, 3 to 40 of them, learnt once per statement (an import
-- batch or a bulk insert pays one query, not one per row). Not unique on purpose: a unique index
-- would make concurrent writers that bring the same new word wait on each other (and deadlock in
-- multi-row transactions); a rare duplicate costs nothing.
create table search_words (word text not null);
create index search_words_word on search_words (word);
create index search_words_trgm on search_words using gin (word public.gin_trgm_ops);

create function search_words_learn() returns trigger language plpgsql as $$
begin
    execute format('insert into %1$I.search_words (word)
                    select distinct w from new_rows, unnest(tsvector_to_array(new_rows.search_vector)) w
                    where length(w) between 3 and 40 and w !~ ''[0-9]''
                      and not exists (select 1 from %1$I.search_words s where s.word = w)', tg_table_schema);
    return null;
end $$;
create trigger contacts_learn_words after insert on contacts
    referencing new table as new_rows for each statement execute function search_words_learn();
create trigger contacts_relearn_words after update on contacts
    referencing new table as new_rows for each statement execute function search_words_learn();
create trigger companies_learn_words after insert on companies
    referencing new table as new_rows for each statement execute function search_words_learn();
create trigger companies_relearn_words after update on companies
    referencing new table as new_rows for each statement execute function search_words_learn();
insert into search_words (word)
select distinct w from (select unnest(tsvector_to_array(search_vector)) w from contacts
                        union all select unnest(tsvector_to_array(search_vector)) from companies) x
where length(w) between 3 and 40 and w !~ '[0-9]';

-- Filters and sorts of the lists (keyset: the sort value, then the id)
create index contacts_updated on contacts (updated_at, id) where deleted_at is null;
create index contacts_last_name on contacts (lower(last_name), id) where deleted_at is null;
create index contacts_first_name on contacts (lower(first_name), id) where deleted_at is null;
create index contacts_tags on contacts using gin (public.crm_fold_array(tags)) where deleted_at is null;
create index contacts_custom_fields on contacts using gin (custom_fields jsonb_path_ops) where deleted_at is null;
create index companies_updated on companies (updated_at, id) where deleted_at is null;
create index companies_name on companies (lower(name), id) where deleted_at is null;
create index companies_custom_fields on companies using gin (custom_fields jsonb_path_ops) where deleted_at is null;
