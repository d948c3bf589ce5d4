package dev.crm.common.security;

import com.github.benmanes.caffeine.cache.CacheLoader;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Access tokens are stateless, so a removed member, a changed role or an ended session would otherwise
 * keep working until the token expires. The auth-service records a cutoff that names a member (every
 * token of theirs) or a session (the tokens of one sign-in, claim {@code sid}); tokens issued before it
 * are refused everywhere within {@link #FRESHNESS} of the change. Member ids and session ids are both
 * random UUIDs, so one table keyed by "the id a cutoff names" holds both (ADR 19).
 */
public class TokenCutoffs {

    static final Duration FRESHNESS = Duration.ofSeconds(3);

    private final JdbcTemplate jdbc;
    private final LoadingCache<UUID, Optional<Instant>> cutoffs;

    public TokenCutoffs(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.cutoffs = Caffeine.newBuilder().maximumSize(100_000).expireAfterWrite(FRESHNESS).build(new CacheLoader<>() {
            @Override
            public Optional<Instant> load(UUID id) {
                return loadAll(Set.of(id)).get(id);
            }

            @Override
            public Map<UUID, Optional<Instant>> loadAll(Set<? extends UUID> ids) {
                return TokenCutoffs.this.loadAll(ids);
            }
        });
    }

    /** Whether a token of this member, from this session (null: a token without one), issued then, is cut off. */
    public boolean isRevoked(UUID userId, UUID sessionIdOrNull, Instant issuedAt) {
        Set<UUID> ids = sessionIdOrNull == null ? Set.of(userId) : Set.of(userId, sessionIdOrNull);
        return cutoffs.getAll(ids).values().stream().flatMap(Optional::stream)
                .anyMatch(notBefore -> issuedAt == null || issuedAt.isBefore(notBefore));
    }

    /**
     * The moment from which this member's new tokens are accepted, read from the registry (not the cache:
     * the cut-off may have been written a moment ago by another replica). Whoever issues a token dates it
     * no earlier, so a member who signs in within the second of a cut-off gets a token that works.
     */
    public Optional<Instant> notBefore(UUID userId) {
        return jdbc.query("select not_before from public.token_cutoffs where user_id = ?",
                rs -> rs.next() ? Optional.of(rs.getTimestamp(1).toInstant()) : Optional.<Instant>empty(), userId);
    }

    /**
     * Refuses every token of this user issued up to now. Token times have whole seconds, so the cutoff
     * is the start of the next second. Runs in the caller's transaction.
     */
    public void cutOff(UUID userId, UUID tenantId) {
        write(userId, tenantId);
    }

    /**
     * Refuses every token of this session issued up to now (signed out, or its refresh token was stolen).
     * Cutoffs older than a day are dropped here: every token they refuse has long expired.
     */
    public void endSession(UUID sessionId, UUID tenantId) {
        write(sessionId, tenantId);
        jdbc.update("delete from public.token_cutoffs where not_before < now() - interval '1 day'");
    }

    private void write(UUID id, UUID tenantId) {
        jdbc.update("""
                insert into public.token_cutoffs (user_id, tenant_id, not_before)
                values (?, ?, date_trunc('second', now()) + interval '1 second')
                on conflict (user_id) do update set not_before = excluded.not_before""", id, tenantId);
        cutoffs.invalidate(id);
    }

    private Map<UUID, Optional<Instant>> loadAll(Set<? extends UUID> ids) {
        List<UUID> keys = new ArrayList<>(ids);
        Map<UUID, Optional<Instant>> found = new HashMap<>();
        keys.forEach(id -> found.put(id, Optional.empty()));
        jdbc.query("select user_id, not_before from public.token_cutoffs where user_id in ("
                        + String.join(",", Collections.nCopies(keys.size(), "?")) + ")",
                rs -> {
                    found.put(rs.getObject(1, UUID.class), Optional.of(rs.getTimestamp(2).toInstant()));
                }, keys.toArray());
        return found;
    }
}
