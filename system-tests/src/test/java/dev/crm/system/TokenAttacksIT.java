package dev.crm.system;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crm.testing.ApiClient;
import io.jsonwebtoken.JwtBuilder;
import io.jsonwebtoken.Jwts;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.RSAPublicKeySpec;
import java.time.Duration;
import java.util.Arrays;
import java.util.function.UnaryOperator;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * Forged, altered, expired and orphaned tokens are refused by the gateway and by each service on its own
 * port (an attacker inside the network skips the gateway): 401 problem+json, whatever the vector.
 */
class TokenAttacksIT {

    static Platform.Org org;
    static Map<?, ?> claims;

    @BeforeAll
    static void organization() {
        org = Platform.register("tokens");
        String payload = org.accessToken().split("\\.")[1];
        claims = JsonMapper.builder().build().readValue(Base64.getUrlDecoder().decode(payload), Map.class);
    }

    /** One route of each service that any member may read. */
    private static final Map<String, String> MEMBER_ROUTES = Map.of(
            "auth", "/api/auth/profile", "tenant", "/api/tenants/current", "contact", "/api/contacts",
            "deal", "/api/deals", "communication", "/api/activities/recent");

    private static void assertRefused(String token) {
        for (var route : MEMBER_ROUTES.entrySet()) {
            for (String base : new String[] {Platform.GATEWAY, Platform.SERVICES.get(route.getKey())}) {
                ApiClient.Response r = ApiClient.at(base).bearer(token).with("X-Tenant", org.subdomain()).get(route.getValue());
                assertThat(r.status()).as(base + route.getValue() + ": " + r.text()).isEqualTo(401);
                assertThat(r.contentType()).as(base + route.getValue()).startsWith("application/problem+json");
            }
        }
    }

    @Test
    void theRealTokenIsAcceptedEverywhereTheOthersAreProbed() {
        for (var route : MEMBER_ROUTES.entrySet()) {
            for (String base : new String[] {Platform.GATEWAY, Platform.SERVICES.get(route.getKey())}) {
                ApiClient.Response r = ApiClient.at(base).bearer(org.accessToken()).with("X-Tenant", org.subdomain()).get(route.getValue());
                assertThat(r.status()).as(base + route.getValue() + ": " + r.text()).isEqualTo(200);
            }
        }
    }

    @Test
    void refusesATokenSignedWithHs256UsingThePublicKeyAsTheSecret() throws Exception {
        byte[] publicDer = publicKey().getEncoded();
        String pem = "-----BEGIN PUBLIC KEY-----\n" + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(publicDer) + "\n-----END PUBLIC KEY-----\n";
        for (byte[] secret : new byte[][] {publicDer, pem.getBytes(StandardCharsets.UTF_8)}) {
            String unsigned = b64("{\"alg\":\"HS256\",\"typ\":\"JWT\",\"kid\":\"" + kid() + "\"}") + "." + org.accessToken().split("\\.")[1];
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            assertRefused(unsigned + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(unsigned.getBytes(StandardCharsets.US_ASCII))));
        }
    }

    @Test
    void refusesTokensForAnotherAudienceOrIssuerOrNotYetValid() throws Exception {
        Instant now = Instant.now();
        assertRefused(token(realKey(), kid(), "another-app", b -> b));
        assertRefused(token(realKey(), kid(), b -> b.issuer("https://evil.example")));
        assertRefused(token(realKey(), kid(), b -> b.notBefore(Date.from(now.plusSeconds(3600)))));
    }

    @Test
    void refusesKeysOfferedByTheTokenItself() throws Exception {
        var attacker = KeyPairGenerator.getInstance("RSA");
        attacker.initialize(2048);
        var pair = attacker.generateKeyPair();
        RSAPublicKey pub = (RSAPublicKey) pair.getPublic();
        Map<String, String> jwk = Map.of("kty", "RSA", "kid", kid(), "use", "sig",
                "n", Base64.getUrlEncoder().withoutPadding().encodeToString(unsigned(pub.getModulus().toByteArray())),
                "e", Base64.getUrlEncoder().withoutPadding().encodeToString(unsigned(pub.getPublicExponent().toByteArray())));
        assertRefused(token(pair.getPrivate(), kid(), b -> b.header().add("jku", "http://127.0.0.1:9/jwks.json").and()));
        assertRefused(token(pair.getPrivate(), kid(), b -> b.header().add("x5u", "http://127.0.0.1:9/cert.pem").and()));
        assertRefused(token(pair.getPrivate(), kid(), b -> b.header().add("jwk", jwk).and()));
    }

    @Test
    void refusesAnUnknownKeyIdAndAnOversizedToken() throws Exception {
        assertRefused(token(realKey(), "no-such-key", b -> b));
        // as large as fits under the 16 KB limit on request headers (beyond it the server answers 431)
        String padding = "x".repeat(10_800);
        String huge = token(realKey(), kid(), b -> b.claim("pad", padding));
        assertThat(huge.length()).isBetween(15_000, 16_000);
        assertRefused(huge);
    }

    @Test
    void refusesTheTokensOfASuspendedOrganization() {
        Platform.Org suspended = Platform.register("suspended");
        Platform.execute("update public.tenants set status = 'SUSPENDED' where id = ?::uuid", suspended.id());
        Platform.eventually(Duration.ofSeconds(15), () -> Platform.SERVICES.entrySet().stream().allMatch(s ->
                ApiClient.at(s.getValue()).bearer(suspended.accessToken()).get(MEMBER_ROUTES.get(s.getKey())).status() == 401),
                "every service refuses the suspended organization's token");
        assertThat(suspended.admin().get("/api/contacts").status()).isEqualTo(401);
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

    /** A token with the real claims, signed with {@code key}, after {@code change}. */
    private static String token(PrivateKey key, String kid, UnaryOperator<JwtBuilder> change) {
        return token(key, kid, "crm", change);
    }

    private static String token(PrivateKey key, String kid, String audience, UnaryOperator<JwtBuilder> change) {
        Instant now = Instant.now();
        JwtBuilder builder = Jwts.builder()
                .header().keyId(kid).and()
                .issuer("crm-auth").audience().add(audience).and()
                .subject(String.valueOf(claims.get("sub")))
                .issuedAt(Date.from(now)).expiration(Date.from(now.plusSeconds(600)))
                .claim("tid", org.id()).claim("tenant", org.subdomain()).claim("role", "ADMIN").claim("email", org.adminEmail());
        return change.apply(builder).signWith(key, Jwts.SIG.RS256).compact();
    }

    private static byte[] unsigned(byte[] twosComplement) {
        return twosComplement[0] == 0 ? Arrays.copyOfRange(twosComplement, 1, twosComplement.length) : twosComplement;
    }

    private static PublicKey publicKey() throws Exception {
        RSAPrivateCrtKey key = (RSAPrivateCrtKey) realKey();
        return KeyFactory.getInstance("RSA").generatePublic(new RSAPublicKeySpec(key.getModulus(), key.getPublicExponent()));
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
