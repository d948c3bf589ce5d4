package dev.crm.common.security;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Access tokens are stateless, so a removed member or a changed role would otherwise keep working
 * until the token expires. The auth-service records a cutoff per user; tokens issued before it are
 * refused everywhere within {@link #FRESHNESS} of the change.
 */
public class TokenCutoffs {

    static final Duration FRESHNESS = Duration.ofSeconds(3);

    private final JdbcTemplate jdbc;
    private final LoadingCache<UUID, Optional<Instant>> cutoffs;

    public TokenCutoffs(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.cutoffs = Caffeine.newBuilder().maximumSize(100_000).expireAfterWrite(FRESHNESS).build(this::load);
    }

    public boolean isRevoked(UUID userId, Instant issuedAt) {
        return cutoffs.get(userId).map(notBefore -> issuedAt == null || issuedAt.isBefore(notBefore)).orElse(false);
    }

    /**
     * Refuses every token of this user issued up to now. Token times have whole seconds, so the cutoff
     * is the start of the next second. Runs in the caller's transaction.
     */
    public void cutOff(UUID userId, UUID tenantId) {
        jdbc.update("""
                insert into public.token_cutoffs (user_id, tenant_id, not_before)
                values (?, ?, date_trunc('second', now()) + interval '1 second')
                on conflict (user_id) do update set not_before = excluded.not_before""", userId, tenantId);
        cutoffs.invalidate(userId);
    }

    private Optional<Instant> load(UUID userId) {
        return jdbc.query("select not_before from public.token_cutoffs where user_id = ?",
                        (rs, i) -> rs.getTimestamp(1), userId)
                .stream().findFirst().map(Timestamp::toInstant);
    }
}
