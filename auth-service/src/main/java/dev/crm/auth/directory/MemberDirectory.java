package dev.crm.auth.directory;

import dev.crm.auth.tokens.Secrets;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Which organizations an address is a member of ({@code public.member_directory}), kept as members join
 * and are removed, in the transaction that changes them. Only the SHA-256 of the lower-cased address is
 * kept outside the organization's schema.
 */
@Component
public class MemberDirectory {

    /** An organization an address belongs to. */
    public record Membership(UUID tenantId, String subdomain, String name) {}

    private final JdbcTemplate jdbc;

    MemberDirectory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void joined(String email, UUID tenantId) {
        jdbc.update("insert into public.member_directory (email_sha256, tenant_id) values (?, ?) on conflict do nothing",
                hash(email), tenantId);
    }

    public void left(String email, UUID tenantId) {
        jdbc.update("delete from public.member_directory where email_sha256 = ? and tenant_id = ?", hash(email), tenantId);
    }

    /** The active organizations the address is a member of, by name. */
    public List<Membership> organizationsOf(String email) {
        return jdbc.query("""
                select t.id, t.subdomain, t.name from public.member_directory d join public.tenants t on t.id = d.tenant_id
                where d.email_sha256 = ? and t.status = 'ACTIVE' order by lower(t.name)""",
                (rs, i) -> new Membership(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3)), hash(email));
    }

    private static byte[] hash(String email) {
        return Secrets.sha256(email.strip().toLowerCase(Locale.ROOT));
    }
}
