package dev.crm.contact;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crm.common.cache.RecordCache;
import dev.crm.common.cache.RedisRecordCache;
import dev.crm.testing.ApiClient;
import dev.crm.testing.TestOrganizations.Organization;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.core.StringRedisTemplate;

/** Contacts and companies by id come from Redis (the one on localhost:6379) until a change evicts them. */
class ContactCacheIT extends ContactServiceApiTest {

    @Autowired
    StringRedisTemplate redis;

    @Autowired
    RecordCache cache;

    @BeforeEach
    void redisIsThere() {
        assertThat(cache).as("these tests need Redis: CRM_REDIS_URL or one on localhost:6379").isInstanceOf(RedisRecordCache.class);
    }

    @Test
    void servesAContactFromRedisExactlyAsTheDatabaseGaveItUntilItChanges() {
        define("contact", "score", "NUMBER", Map.of());
        define("contact", "interests", "MULTI_SELECT", Map.of("options", List.of("ai", "data")));
        define("contact", "birthday", "DATE", Map.of());
        String id = contact("Ada", "Lovelace", Map.of("email", "ada@example.com", "tags", List.of("vip"),
                "address", Map.of("city", "London"), "customFields", Map.of("score", 1.5, "interests", List.of("ai", "data"), "birthday", "1815-12-10")));
        String path = "/api/contacts/" + id;

        ApiClient.Response fromDatabase = admin.api().get(path);
        assertThat(fromDatabase.status()).as(fromDatabase.text()).isEqualTo(200);
        assertThat(redis.hasKey(key(acme, "contact", id))).as("cached on the first read").isTrue();
        jdbc.update("update " + acme.schema() + ".contacts set title = 'Changed behind the service' where id = ?", UUID.fromString(id));

        ApiClient.Response fromCache = admin.api().get(path);
        assertThat(fromCache.status()).isEqualTo(200);
        assertThat(fromCache.text()).as("byte for byte what the database gave").isEqualTo(fromDatabase.text());

        Map<String, Object> update = new HashMap<>(Map.of("firstName", "Ada", "lastName", "King", "version", 0));
        assertThat(admin.api().put(path, update).status()).isEqualTo(200);
        ApiClient.Response afterPut = admin.api().get(path);
        assertThat(afterPut.field("lastName")).isEqualTo("King");
        assertThat(afterPut.json().get("title").isNull()).as("PUT replaced the whole contact").isTrue();

        assertThat(metric("crm_cache_gets_total", "entity=\"contact\"", "result=\"hit\"")).as("hits show in /actuator/prometheus").isPositive();
    }

    @Test
    void patchDeleteAndRestoreOfAContactEvictIt() {
        String path = "/api/contacts/" + contact("Grace", "Hopper", Map.of());
        readAndCache(path);
        assertThat(admin.api().patch(path, Map.of("title", "Rear Admiral")).status()).isEqualTo(200);
        assertThat(readAndCache(path).field("title")).isEqualTo("Rear Admiral");

        assertThat(admin.api().delete(path).status()).isEqualTo(204);
        assertThat(admin.api().get(path).status()).as("gone at once after the delete").isEqualTo(404);

        assertThat(admin.api().post(path + "/restore", Map.of()).status()).isEqualTo(200);
        ApiClient.Response restored = admin.api().get(path);
        assertThat(restored.status()).isEqualTo(200);
        assertThat(restored.json().get("deletedAt").isNull()).isTrue();
    }

    @Test
    void everyChangeOfACompanyEvictsIt() {
        ApiClient.Response created = admin.api().post("/api/companies", Map.of("name", "Initech", "domain", "initech.example"));
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        String id = created.field("id");
        String path = "/api/companies/" + id;
        readAndCache(path);
        jdbc.update("update " + acme.schema() + ".companies set industry = 'Changed behind the service' where id = ?", UUID.fromString(id));
        assertThat(admin.api().get(path).json().get("industry").isNull()).as("served from Redis").isTrue();

        assertThat(admin.api().put(path, Map.of("name", "Initrode", "version", 0)).status()).isEqualTo(200);
        assertThat(readAndCache(path).field("name")).isEqualTo("Initrode");
        assertThat(admin.api().patch(path, Map.of("industry", "Software")).status()).isEqualTo(200);
        assertThat(readAndCache(path).field("industry")).isEqualTo("Software");

        assertThat(admin.api().delete(path).status()).isEqualTo(204);
        assertThat(admin.api().get(path).status()).isEqualTo(404);
        assertThat(admin.api().post(path + "/restore", Map.of()).status()).isEqualTo(200);
        assertThat(admin.api().get(path).status()).isEqualTo(200);
    }

    @Test
    void removingACustomFieldRemovesItsValueFromCachedRecords() {
        String fieldId = define("company", "tier", "TEXT", Map.of());
        ApiClient.Response created = admin.api().post("/api/companies", Map.of("name", "Umbrella", "customFields", Map.of("tier", "gold")));
        String path = "/api/companies/" + created.field("id");
        assertThat(readAndCache(path).json().get("customFields").get("tier").asString()).isEqualTo("gold");

        assertThat(admin.api().delete("/api/custom-fields/" + fieldId).status()).isEqualTo(204);
        assertThat(admin.api().get(path).json().get("customFields").has("tier")).isFalse();
    }

    @Test
    void anotherOrganizationNeverSeesOrChangesACachedRecord() {
        String id = contact("Ada", "Lovelace", Map.of());
        String path = "/api/contacts/" + id;
        String before = readAndCache(path).text();
        Organization globex = anotherOrganization();
        ApiClient other = globex.as("ADMIN").api();

        assertThat(other.get(path).status()).isEqualTo(404);
        assertThat(other.patch(path, Map.of("title", "Spy")).status()).isEqualTo(404);
        assertThat(other.delete(path).status()).isEqualTo(404);
        assertThat(redis.hasKey(key(globex, "contact", id))).isFalse();
        assertThat(admin.api().get(path).text()).as("unchanged, and still cached").isEqualTo(before);
        assertThat(redis.hasKey(key(acme, "contact", id))).isTrue();
    }

    /** A read by id; unless the record changed in the last seconds, it leaves the record in Redis. */
    private ApiClient.Response readAndCache(String path) {
        ApiClient.Response first = admin.api().get(path);
        assertThat(first.status()).as(first.text()).isEqualTo(200);
        return first;
    }

    private String define(String entityType, String name, String kind, Map<String, Object> more) {
        Map<String, Object> body = new HashMap<>(more);
        body.putAll(Map.of("entityType", entityType, "name", name, "kind", kind, "label", name));
        ApiClient.Response r = admin.api().post("/api/custom-fields", body);
        assertThat(r.status()).as(r.text()).isEqualTo(201);
        return r.field("id");
    }

    private static String key(Organization organization, String entity, String id) {
        return "crm:" + organization.id() + ":" + entity + ":" + UUID.fromString(id);
    }

    /** The value of a Prometheus series of the running service; 0 when it has none yet. */
    static double metric(int port, String name, String... labels) {
        String text = ApiClient.at("http://localhost:" + port).get("/actuator/prometheus").text();
        return text.lines().filter(line -> line.startsWith(name + "{") && List.of(labels).stream().allMatch(line::contains))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1))).sum();
    }

    private double metric(String name, String... labels) {
        return metric(port, name, labels);
    }
}
