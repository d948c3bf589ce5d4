package dev.crm.contact.search;

import dev.crm.common.customfields.FieldKind;
import dev.crm.common.web.CrmException;
import dev.crm.common.web.Page;
import dev.crm.common.web.PageRequest;
import dev.crm.contact.ContactError;
import dev.crm.contact.customfields.CustomFieldValues;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.hibernate.query.NativeQuery;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs a list: with {@code q} and no sort, ranked in tiers (every word exact, then as a prefix, then
 * near words for typos), newest first within a tier, each tier one indexed query that stops at the
 * page; otherwise in the requested order, {@code q} then filtering by prefixes. Answers ids in order;
 * the caller loads the rows. Every query runs under a statement timeout, so a list too broad to
 * answer in time is refused (422) instead of holding a connection.
 */
@Component
public class RecordFinder {

    private static final String TIER = "~";
    private static final int WINDOW = 2000;
    private static final int FEW = 5000;
    private static final int DENSE = 2;
    private static final Pattern COLUMN = Pattern.compile("\\bt\\.([a-z_][a-z0-9_]*)");
    /** A row read through the inverted index (one heap page each) costs about as much as this many rows walked in order (measured). */
    private static final int INDEX_FETCH_COST = 13;
    private static final SortOrder NEWEST_FIRST = new SortOrder("createdAt", RecordTable.createdAt(), true);

    private enum Tier { EXACT, PREFIX, NEAR }

    private final EntityManager entityManager;
    private final CustomFieldValues customFields;
    private final JsonMapper json;
    private final Duration timeout;

    RecordFinder(EntityManager entityManager, CustomFieldValues customFields, JsonMapper json,
                 @Value("${crm.contacts.search-timeout:2s}") Duration timeout) {
        this.entityManager = entityManager;
        this.customFields = customFields;
        this.json = json;
        this.timeout = timeout;
    }

    /** Ids of one page in order, and the cursor of the next page (null on the last). */
    public record Found(List<UUID> ids, String nextCursor) {

        /** The page of records loaded by id, in order; a record gone between the two reads is left out. */
        public <T, R> Page<R> page(Function<List<UUID>, Collection<T>> load, Function<T, UUID> idOf, Function<T, R> show) {
            Map<UUID, T> byId = new HashMap<>();
            load.apply(ids).forEach(row -> byId.put(idOf.apply(row), row));
            return new Page<>(ids.stream().map(byId::get).filter(Objects::nonNull).map(show).toList(), nextCursor);
        }
    }

    /** Must run inside a transaction, on the tenant's connection. */
    public Found find(RecordTable table, Criteria criteria, ListRequest request) {
        int limit = PageRequest.of(request.limit(), null).limit();
        ListCursor cursor = request.cursor() == null || request.cursor().isBlank() ? null : ListCursor.decode(request.cursor());
        Map<String, FieldKind> kinds = customFieldKinds(table, request);
        CustomFieldCriteria.add(criteria, request.parameters(), kinds, json);
        SortOrder order = request.sort() == null ? null : table.sortOrder(request.sort(), kinds);
        String q = request.q() == null ? null : SearchQuery.checked(request.q());
        setLocal("statement_timeout", Long.toString(timeout.toMillis()));
        try {
            if (q != null && order == null) return ranked(table, criteria, words(q), limit, cursor);
            if (q != null) criteria.whereContaining("t.search_vector @@ cast(? as tsquery)", words(q).prefix());
            return sorted(table, criteria, order == null ? table.sortOrder(RecordTable.DEFAULT_SORT, kinds) : order, limit, cursor);
        } catch (QueryTimeoutException | jakarta.persistence.QueryTimeoutException | org.hibernate.QueryTimeoutException e) {
            throw new CrmException(ContactError.SEARCH_TOO_BROAD,
                    "This list is too broad to answer in time. Type more of the name, or add a filter.");
        }
    }

    /** Every row a list matches, as SQL over the table's row {@code t}: where, order and parameters (bound as text). */
    public record Selection(String where, String orderBy, Map<String, String> parameters) {}

    /**
     * The rows of a list for streaming all at once (exports): the same filters, {@code q} matching by
     * prefixes, in the requested order (newest first by default). Runs no query but the search words.
     */
    public Selection selection(RecordTable table, Criteria criteria, ListRequest request) {
        Map<String, FieldKind> kinds = customFieldKinds(table, request);
        CustomFieldCriteria.add(criteria, request.parameters(), kinds, json);
        SortOrder order = table.sortOrder(request.sort() == null ? RecordTable.DEFAULT_SORT : request.sort(), kinds);
        if (request.q() != null) criteria.whereContaining("t.search_vector @@ cast(? as tsquery)", words(SearchQuery.checked(request.q())).prefix());
        return new Selection("t.deleted_at is null and " + criteria.sql(), order.orderBy(), criteria.parameters());
    }

    /** The custom fields' kinds, read only for a list that filters or sorts on one (most lists do not). */
    private Map<String, FieldKind> customFieldKinds(RecordTable table, ListRequest request) {
        boolean mentioned = request.sort() != null && (request.sort().startsWith("cf.") || request.sort().startsWith("-cf."))
                || request.parameters().keySet().stream().anyMatch(parameter -> parameter.startsWith("cf."));
        return mentioned ? customFields.kindsOf(table.entityType()) : Map.of();
    }

    private Found ranked(RecordTable table, Criteria criteria, SearchQuery query, int limit, ListCursor cursor) {
        Tier first = Tier.EXACT;
        if (cursor != null) {
            if (!cursor.order().startsWith(TIER)) throw ListCursor.invalid();
            first = tierOf(cursor.order().substring(TIER.length()));
        }
        List<UUID> ids = new ArrayList<>();
        List<Tier> tiers = new ArrayList<>();
        for (Tier tier : Tier.values()) {
            if (tier.ordinal() < first.ordinal()) continue;
            if (tier == Tier.EXACT && !query.exactMayMatch() || tier == Tier.PREFIX && !query.prefixMayMatch()) continue;
            String matching = tier == Tier.EXACT ? query.exact() : tier == Tier.PREFIX ? query.prefix() : query.near(this::nearWords);
            if (tier == Tier.NEAR && matching.equals(query.near(w -> List.of()))) break; // no word has a near word
            // what an earlier tier found is left out, unless the dictionary says it found nothing
            String earlier = tier == Tier.EXACT ? null
                    : tier == Tier.PREFIX ? (query.exactMayMatch() ? query.exact() : null)
                    : (query.prefixMayMatch() ? query.prefix() : null);
            UUID after = cursor != null && tier == first ? cursor.id() : null;
            List<UUID> found = tier(table, criteria, matching, earlier, after, limit + 1 - ids.size());
            ids.addAll(found);
            found.forEach(id -> tiers.add(tier));
            if (ids.size() > limit) break;
        }
        if (ids.size() <= limit) return new Found(ids, null);
        UUID last = ids.get(limit - 1);
        return new Found(List.copyOf(ids.subList(0, limit)), new ListCursor(TIER + tiers.get(limit - 1).name(), last, null).encode());
    }

    private static Tier tierOf(String name) {
        try {
            return Tier.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw ListCursor.invalid();
        }
    }

    private List<UUID> tier(RecordTable table, Criteria criteria, String matching, String earlier, UUID after, int fetch) {
        String matches = criteria.sql() + " and t.search_vector @@ cast(:matching as tsquery)"
                + (earlier == null ? "" : " and not (t.search_vector @@ cast(:earlier as tsquery))");
        String keyset = after == null ? "true" : "t.id < cast(:after as uuid)";
        Map<String, String> parameters = new HashMap<>(criteria.parameters());
        parameters.put("matching", matching);
        if (earlier != null) parameters.put("earlier", earlier);
        if (after != null) parameters.put("after", after.toString());
        return inOrder(table, "cast(t.id as text)", matches, keyset, NEWEST_FIRST, parameters, fetch, true).stream()
                .map(row -> UUID.fromString((String) row[0])).toList();
    }

    private Found sorted(RecordTable table, Criteria criteria, SortOrder order, int limit, ListCursor cursor) {
        if (cursor != null && !cursor.order().equals(order.label())) throw ListCursor.invalid();
        String keyset = cursor == null ? "true" : order.after(cursor.value() == null);
        Map<String, String> parameters = new HashMap<>(criteria.parameters());
        if (cursor != null) {
            parameters.put("cursorId", cursor.id().toString());
            if (cursor.value() != null && !order.column().expression().equals("t.id")) parameters.put("cursorValue", cursor.value());
        }
        String columns = "cast(t.id as text), cast(" + order.column().expression() + " as text)";
        List<Object[]> rows = inOrder(table, columns, criteria.sql(), keyset, order, parameters, limit + 1, criteria.hasContainment());
        List<UUID> ids = rows.stream().limit(limit).map(r -> UUID.fromString((String) r[0])).toList();
        if (rows.size() <= limit) return new Found(ids, null);
        return new Found(ids, new ListCursor(order.label(), ids.get(limit - 1), (String) rows.get(limit - 1)[1]).encode());
    }

    /**
     * The first {@code fetch} live rows after the keyset that match, in order. A containment condition
     * (text, tags, custom fields) hides from the planner how many rows it matches: a word outside its
     * statistics looks common, and walking a million rows for a word nobody has took seconds. So the
     * next {@value #WINDOW} rows in order are checked first, which fills the page when matches are
     * common and otherwise samples how common they are. From that sample and the table's size, the
     * cheaper of two ways goes next: walking on in order (where an index serves the order), up to twice
     * the rows a page should need; or the inverted indexes alone (bitmap scans, other index scans off),
     * which answer when at most {@value #FEW} rows match. Only beyond that the planner's own plan runs.
     */
    private List<Object[]> inOrder(RecordTable table, String columns, String matches, String keyset, SortOrder order,
                                   Map<String, String> parameters, int fetch, boolean containment) {
        String live = "t.deleted_at is null and " + keyset;
        String inPlannersPlan = "select " + columns + " from " + table.name() + " t where " + live + " and " + matches + " order by "
                + order.orderBy() + " limit :fetch";
        if (!containment) return rows(inPlannersPlan, parameters, fetch);
        List<Object[]> window = walk(table, columns, matches, live, order, parameters, fetch, WINDOW);
        if (window.size() == fetch) return window;
        if (window.size() >= DENSE && order.column().indexed()) {
            double tableRows = ((Number) window.get(0)[window.get(0).length - 1]).doubleValue(); // -1: never analyzed
            int walkRows = fetch * WINDOW / window.size();
            if (walkRows < tableRows * window.size() / WINDOW * INDEX_FETCH_COST) {
                List<Object[]> walked = walk(table, columns, matches, live, order, parameters, fetch, 2 * walkRows);
                if (walked.size() == fetch) return walked;
            }
        }
        List<Object[]> few = without("enable_indexscan,enable_seqscan", () -> rows("select " + columns + ", count(*) over () from (select * from "
                + table.name() + " t where " + live + " and " + matches + " limit " + (FEW + 1) + ") t order by " + order.orderBy()
                + " limit :fetch", parameters, fetch));
        if (few.isEmpty() || ((Number) few.get(0)[few.get(0).length - 1]).intValue() <= FEW) return few;
        return rows(inPlannersPlan, parameters, fetch);
    }

    /**
     * The matches among the next {@code reach} rows in order, each row ending with the table's size as
     * the planner knows it. The rows carry their order as a column, so the outer query stops at the page
     * instead of sorting them all.
     */
    private List<Object[]> walk(RecordTable table, String columns, String matches, String live, SortOrder order,
                                Map<String, String> parameters, int fetch, int reach) {
        return rows("select " + columns + ", (select c.reltuples from pg_class c where c.oid = to_regclass('" + table.name() + "'))"
                + " from (select " + columnsUsed(columns, matches, order.column().expression()) + ", " + order.column().expression()
                + " as list_order from " + table.name() + " t where " + live
                + " order by " + order.orderBy() + " limit " + reach + ") t where " + matches
                + " order by " + order.orderBy().replace(order.column().expression(), "t.list_order") + " limit :fetch", parameters, fetch);
    }

    /**
     * The columns of the row {@code t} that SQL written here reads ({@code t.name}): a walk passes on only
     * those of each row it reads (passing on {@code t.*} cost a quarter more on a 34,000-row walk).
     */
    private static String columnsUsed(String... sql) {
        Set<String> names = new TreeSet<>(Set.of("id"));
        Matcher column = COLUMN.matcher(String.join(" ", sql));
        while (column.find()) names.add(column.group(1));
        return names.stream().map(name -> "t." + name).collect(Collectors.joining(", "));
    }

    /** Runs {@code query} with the plan types {@code scans} (comma separated settings) off, and turns them back on. */
    private List<Object[]> without(String scans, Supplier<List<Object[]>> query) {
        scans(scans, "off");
        try {
            return query.get();
        } finally {
            scans(scans, "on");
        }
    }

    /** Plan types on or off for this transaction, in one statement. */
    private void scans(String scans, String value) {
        entityManager.createNativeQuery("select set_config(s, cast(?2 as text), true) from unnest(string_to_array(cast(?1 as text), ',')) s")
                .setParameter(1, scans).setParameter(2, value).getResultList();
    }

    /** Rows as arrays, also when the query selects one column (Hibernate answers bare values then). */
    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, Map<String, String> parameters, int fetch) {
        NativeQuery<Object> query = entityManager.createNativeQuery(sql).unwrap(NativeQuery.class);
        parameters.forEach((name, value) -> query.setParameter(name, value, String.class));
        query.setParameter("fetch", fetch, Integer.class);
        return query.getResultList().stream().map(row -> row instanceof Object[] columns ? columns : new Object[] {row}).toList();
    }

    /**
     * The words of {@code q}, folded by the database, and whether the exact and prefix tiers can find
     * anything: a word of 3 to 60 letters can only match exactly (or as a prefix) if the dictionary
     * holds it (or a word starting with it), so a typo costs no queries in the tiers it cannot match.
     */
    @SuppressWarnings("unchecked")
    private SearchQuery words(String q) {
        List<Object[]> rows = entityManager.createNativeQuery("""
                        select w.word,
                               w.word !~ '^[^0-9]{3,60}$' or exists (select 1 from search_words s where s.word = w.word),
                               w.word !~ '^[^0-9]{3,60}$' or exists (select 1 from search_words s
                                   where s.word operator(pg_catalog.~>=~) w.word and s.word operator(pg_catalog.~<~) (w.word || chr(1114111)))
                        from unnest(public.crm_search_words(array[cast(?1 as text)])) with ordinality w (word, n) order by w.n""")
                .setParameter(1, q).getResultList();
        boolean exact = rows.stream().allMatch(r -> Boolean.TRUE.equals(r[1]));
        // the prefix tier: the words before the last exactly, the last as a prefix
        boolean prefix = rows.isEmpty() || rows.subList(0, rows.size() - 1).stream().allMatch(r -> Boolean.TRUE.equals(r[1]))
                && Boolean.TRUE.equals(rows.get(rows.size() - 1)[2]);
        return new SearchQuery(rows.stream().map(r -> (String) r[0]).toList(), exact, prefix);
    }

    /** Words of the tenant's records that look like {@code word} (trigram similarity), closest first. */
    @SuppressWarnings("unchecked")
    private List<String> nearWords(String word) {
        if (word.length() < 3 || word.chars().anyMatch(Character::isDigit)) return List.of();
        setLocal("pg_trgm.similarity_threshold", "0.2");
        return entityManager.createNativeQuery("""
                        select word from search_words
                        where word operator(public.%) cast(?1 as text) and word <> cast(?1 as text)
                        group by word order by max(public.similarity(word, cast(?1 as text))) desc, word limit 6""")
                .setParameter(1, word).getResultList();
    }

    private void setLocal(String setting, String value) {
        entityManager.createNativeQuery("select set_config(cast(?1 as text), cast(?2 as text), true)")
                .setParameter(1, setting).setParameter(2, value).getSingleResult();
    }
}
