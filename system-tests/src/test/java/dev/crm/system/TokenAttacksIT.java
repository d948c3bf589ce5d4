package dev.crm.system;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crm.testing.ApiClient;
import io.jsonwebtoken.Jwts;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** Forged, altered, expired and orphaned tokens are refused by the gateway and by the services behind it. */
class TokenAttacksIT {

    static Platform.Org org;
    static Map<?, ?> claims;

    @BeforeAll
    static void organization() {
        org = Platform.register("tokens");
        String payload = org.accessToken().split("\\.")[1];
        claims = JsonMapper.builder().build().readValue(Base64.getUrlDecoder().decode(payload), Map.class);
    }

    private static void assertRefused(String token) {
        for (String path : new String[] {"/api/auth/profile", "/api/tenants/current", "/api/tenants/users"}) {
            ApiClient.Response r = Platform.api().bearer(token).get(path);
            assertThat(r.status()).as(path).isEqualTo(401);
            assertThat(r.contentType()).startsWith("application/problem+json");
        }
    }

    @Test
    void refusesAnUnsignedTokenWithAlgNone() {
        String header = b64("{\"alg\":\"none\",\"typ\":\"JWT\"}");
        String body = org.accessToken().split("\\.")[1];
        assertRefused(header + "." + body + ".");
    }

    @Test
    void refusesATokenWhoseClaimsWereChanged() {
        String[] parts = org.accessToken().split("\\.");
        String promoted = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("\"role\":\"ADMIN\"", "\"role\":\"ADMIN\",\"x\":1").replace(org.id(), UUID.randomUUID().toString());
        assertRefused(parts[0] + "." + b64(promoted) + "." + parts[2]);
    }

    @Test
    void refusesATokenSignedWithAnotherKey() throws Exception {
        var pair = KeyPairGenerator.getInstance("RSA");
        pair.initialize(2048);
        assertRefused(sign(pair.generateKeyPair().getPrivate(), Instant.now().plusSeconds(600), org.id()));
    }

    @Test
    void refusesAnExpiredTokenSignedWithTheRealKey() throws Exception {
        assertRefused(sign(realKey(), Instant.now().minusSeconds(120), org.id()));
    }

    @Test
    void refusesTheTokenOfARemovedMember() {
        ApiClient.Response member = Platform.join(org, "leaver@tokens.test", "MANAGER");
        ApiClient leaver = Platform.api().bearer(member.field("accessToken"));
        String id = leaver.get("/api/auth/profile").field("id");
        assertThat(org.admin().delete("/api/tenants/users/" + id).status()).isEqualTo(204);
        assertRefused(member.field("accessToken"));
    }

    @Test
    void refusesATokenOfAnOrganizationThatDoesNotExist() throws Exception {
        assertRefused(sign(realKey(), Instant.now().plusSeconds(600), UUID.randomUUID().toString()));
    }

    private static String sign(PrivateKey key, Instant expiry, String tenantId) {
        Instant issued = expiry.minusSeconds(900);
        return Jwts.builder()
                .header().keyId(kid()).and()
                .issuer("crm-auth").audience().add("crm").and()
                .subject(String.valueOf(claims.get("sub")))
                .issuedAt(Date.from(issued)).expiration(Date.from(expiry))
                .claim("tid", tenantId).claim("tenant", org.subdomain()).claim("role", "ADMIN").claim("email", org.adminEmail())
                .signWith(key, Jwts.SIG.RS256)
                .compact();
    }

    private static String kid() {
        String header = new String(Base64.getUrlDecoder().decode(org.accessToken().split("\\.")[0]), StandardCharsets.UTF_8);
        return header.replaceAll(".*\"kid\":\"([^\"]+)\".*", "$1");
    }

    private static PrivateKey realKey() throws Exception {
        String path = System.getenv().getOrDefault("CRM_JWT_KEY_PATH", ".crm/test/keys/jwt-signing.pem");
        String pem = Files.readString(Path.of(path)).replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pem)));
    }

    private static String b64(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
