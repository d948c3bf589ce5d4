-- The dictionary also keeps the leading letters of words that go on with digits ("smith42" ->
-- "smith"), up to 60 of them: a query word of letters is then in the dictionary exactly when some
-- record has it as a word, and some dictionary word starts with it exactly when some record has a
-- word that does. Search skips the exact and prefix tiers of such a word when the dictionary says
-- they would find nothing (ADR 11).
create or replace function search_words_learn() returns trigger language plpgsql as $$
begin
    execute format('insert into %1$I.search_words (word)
                    select distinct w from new_rows, unnest(tsvector_to_array(new_rows.search_vector)) v,
                                           substring(v from ''^[^0-9]+'') w
                    where length(w) between 3 and 60
                      and not exists (select 1 from %1$I.search_words s where s.word = w)', tg_table_schema);
    return null;
end $$;

insert into search_words (word)
select distinct w from (select unnest(tsvector_to_array(search_vector)) v from contacts
                        union all select unnest(tsvector_to_array(search_vector)) from companies) x,
                       substring(v from '^[^0-9]+') w
where length(w) between 3 and 60 and not exists (select 1 from search_words s where s.word = w);

-- "is there a word that starts with ...", bytewise, whatever the database's collation
create index search_words_pattern on search_words (word text_pattern_ops);
