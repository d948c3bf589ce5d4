package dev.crm.contact.contacts;

import dev.crm.common.web.CommonError;
import dev.crm.common.web.CrmException;
import jakarta.persistence.EntityManager;
import dev.crm.contact.ContactError;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.hibernate.query.NativeQuery;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.stereotype.Component;

/**
 * {@code q} over names, emails, phones, title and tags of contacts, and the name and domain of their
 * company, ignoring case and accents, matching substrings, word prefixes and small typos (pg_trgm on
 * the folded {@code search_text}). Best match first: a word that starts with the query beats a match
 * inside a word, which beats a near miss; ties newest first. Pages continue after (score, id).
 */
@Component
class ContactSearch {

    static final int MIN_QUERY = 2;

    private static final String SQL = """
            with q as (select public.crm_search_text(array[cast(:q as text)]) as folded),
            matched_companies as (
                select co.id from companies co, q
                where co.deleted_at is null
                  and (co.search_text like '%' || q.folded || '%' or q.folded operator(public.<%) co.search_text)),
            candidates as (
                select c.id from contacts c, q
                where c.deleted_at is null
                  and (c.search_text like '%' || q.folded || '%' or q.folded operator(public.<%) c.search_text)
                union
                select c.id from contacts c where c.deleted_at is null and c.company_id in (select id from matched_companies))
            select cast(c.id as text), s.score
            from contacts c join candidates using (id) cross join q
            cross join lateral (select public.word_similarity(q.folded, c.search_text)
                    + case when c.search_text like q.folded || '%' or c.search_text like '% ' || q.folded || '%' then 2
                           when c.search_text like '%' || q.folded || '%' then 1 else 0 end
                    + case when c.company_id in (select id from matched_companies) then 0.5 else 0 end as score) s
            where (cast(:ownerId as uuid) is null or c.owner_id = cast(:ownerId as uuid))
              and (cast(:companyId as uuid) is null or c.company_id = cast(:companyId as uuid))
              and (cast(:afterScore as float8) is null or (s.score, c.id) < (cast(:afterScore as float8), cast(:afterId as uuid)))
            order by s.score desc, c.id desc
            limit :fetch""";

    private final EntityManager entityManager;
    private final Duration timeout;

    ContactSearch(EntityManager entityManager, @Value("${crm.contacts.search-timeout:2s}") Duration timeout) {
        this.entityManager = entityManager;
        this.timeout = timeout;
    }

    record Hit(UUID id, double score) {}

    record After(double score, UUID id) {
        String cursor() {
            return Base64.getUrlEncoder().withoutPadding().encodeToString((score + "/" + id).getBytes(StandardCharsets.US_ASCII));
        }

        static After of(String cursor) {
            try {
                String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.US_ASCII).split("/", 2);
                return new After(Double.parseDouble(parts[0]), UUID.fromString(parts[1]));
            } catch (RuntimeException e) {
                throw CrmException.onField(CommonError.VALIDATION_FAILED, "cursor", "is not a cursor this search gave out");
            }
        }
    }

    static String query(String q) {
        String trimmed = q.strip().toLowerCase(Locale.ROOT);
        if (trimmed.length() < MIN_QUERY) {
            throw CrmException.onField(CommonError.VALIDATION_FAILED, "q", "needs at least " + MIN_QUERY + " characters");
        }
        return trimmed;
    }

    /**
     * Runs the search under a statement timeout: a query that matches a large share of a big book can
     * take seconds to rank, and must not hold a connection that long; the user is asked to narrow it.
     */
    @SuppressWarnings("unchecked")
    List<Hit> find(String q, UUID ownerId, UUID companyId, After after, int fetch) {
        entityManager.createNativeQuery("select set_config('statement_timeout', cast(?1 as text), true)")
                .setParameter(1, Long.toString(timeout.toMillis())).getSingleResult();
        try {
            return run(q, ownerId, companyId, after, fetch);
        } catch (QueryTimeoutException | jakarta.persistence.QueryTimeoutException | org.hibernate.QueryTimeoutException e) {
            throw new CrmException(ContactError.SEARCH_TOO_BROAD,
                    "This search matches too many contacts to rank in time. Type more of the name, or add a filter.");
        }
    }

    @SuppressWarnings("unchecked")
    private List<Hit> run(String q, UUID ownerId, UUID companyId, After after, int fetch) {
        NativeQuery<Object[]> search = entityManager.createNativeQuery(SQL).unwrap(NativeQuery.class);
        List<Object[]> rows = search
                .setParameter("q", query(q), String.class)
                .setParameter("ownerId", ownerId == null ? null : ownerId.toString(), String.class)
                .setParameter("companyId", companyId == null ? null : companyId.toString(), String.class)
                .setParameter("afterScore", after == null ? null : after.score(), Double.class)
                .setParameter("afterId", after == null ? null : after.id().toString(), String.class)
                .setParameter("fetch", fetch, Integer.class)
                .getResultList();
        return rows.stream().map(r -> new Hit(UUID.fromString((String) r[0]), ((Number) r[1]).doubleValue())).toList();
    }
}
