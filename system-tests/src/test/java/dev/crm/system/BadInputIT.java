package dev.crm.system;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crm.testing.ApiClient;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Bad requests get a clear 4xx problem, never a 500 or a stack trace, and store nothing. */
class BadInputIT {

    static Platform.Org org;

    @BeforeAll
    static void organization() {
        org = Platform.register("badinput");
    }

    private static void assertProblem(ApiClient.Response r, int status) {
        assertThat(r.status()).as(r.text()).isEqualTo(status);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.text()).doesNotContain("Exception").doesNotContain("at dev.").doesNotContain("org.springframework")
                .doesNotContain("SQL").doesNotContain("tools.jackson");
    }

    @Test
    void malformedJsonIsRefused() {
        long before = Platform.count("select count(*) from public.tenants");
        assertProblem(Platform.api().send("POST", "/api/tenants/register", "application/json", "{\"subdomain\": "), 400);
        assertProblem(org.admin().send("POST", "/api/tenants/invitations", "application/json", "not json"), 400);
        assertThat(Platform.count("select count(*) from public.tenants")).isEqualTo(before);
    }

    @Test
    void aFieldSentTwiceIsRefusedByEveryServiceAndStoresNothing() {
        String schema = Platform.schemaOf(org);
        var bodies = java.util.Map.of(
                "/api/tenants/invitations", "{\"email\": \"a@twice.test\", \"role\": \"VIEWER\", \"role\": \"ADMIN\"}",
                "/api/contacts", "{\"firstName\": \"Ann\", \"email\": \"ann@twice.test\", \"email\": \"bob@twice.test\"}",
                "/api/companies", "{\"name\": \"Twice\", \"name\": \"Twice Inc\"}",
                "/api/activities", "{\"type\": \"NOTE\", \"subject\": \"a\", \"subject\": \"b\"}",
                "/api/pipelines", "{\"name\": \"Twice\", \"name\": \"Thrice\"}");
        long before = Platform.count("select (select count(*) from " + schema + ".contacts) + (select count(*) from " + schema
                + ".companies) + (select count(*) from " + schema + ".activities) + (select count(*) from " + schema + ".pipelines)");
        bodies.forEach((path, body) -> assertProblem(org.admin().send("POST", path, "application/json", body), 400));
        assertThat(Platform.count("select (select count(*) from " + schema + ".contacts) + (select count(*) from " + schema
                + ".companies) + (select count(*) from " + schema + ".activities) + (select count(*) from " + schema + ".pipelines)"))
                .isEqualTo(before);
    }

    @Test
    void halfACharacterIsRefusedNotStoredAsAQuestionMark() {
        String name = org.admin().get("/api/tenants/current").field("name");
        ApiClient.Response renamed = org.admin().send("PATCH", "/api/tenants/current", "application/merge-patch+json", "{\"name\": \"\\ud800\"}");
        assertProblem(renamed, 400);
        assertThat(renamed.field("detail")).contains("lone surrogate");
        assertProblem(org.admin().send("POST", "/api/contacts", "application/json", "{\"firstName\": \"Ann\\ud83d\"}"), 400);
        assertProblem(org.admin().send("POST", "/api/contacts", "application/json", "{\"firstName\": \"Ann\", \"tags\": [\"vip\\udc00\"]}"), 400);
        assertThat(org.admin().get("/api/tenants/current").field("name")).isEqualTo(name);
        assertThat(org.admin().send("POST", "/api/contacts", "application/json", "{\"firstName\": \"Zoë \\ud83d\\ude00\"}").status())
                .as("a whole emoji, escaped").isEqualTo(201);
    }

    @Test
    void wrongTypesAreRefusedNamingTheField() {
        ApiClient.Response r = org.admin().send("POST", "/api/tenants/invitations", "application/json",
                "{\"email\": [\"x@y.test\"], \"role\": \"SALES_REP\"}");
        assertProblem(r, 400);
        assertThat(r.field("detail")).contains("email");
        assertProblem(org.admin().send("POST", "/api/tenants/invitations", "application/json",
                "{\"email\": \"x@y.test\", \"role\": \"OWNER\"}"), 400);
        assertThat(org.admin().get("/api/tenants/invitations").text()).doesNotContain("x@y.test");
    }

    @Test
    void unknownFieldsAreRefused() {
        ApiClient.Response r = org.admin().send("PATCH", "/api/tenants/current", "application/merge-patch+json",
                "{\"name\": \"Renamed\", \"subdomain\": \"stolen\"}");
        assertProblem(r, 400);
        assertThat(r.field("detail")).contains("subdomain");
        assertThat(org.admin().get("/api/tenants/current").field("name")).isEqualTo("Org " + org.subdomain());
    }

    @Test
    void aBodyOverOneMegabyteIsRefusedBeforeItIsRead() {
        String huge = "{\"name\": \"" + "x".repeat(3 * 1024 * 1024) + "\"}";
        assertProblem(org.admin().send("PATCH", "/api/tenants/current", "application/merge-patch+json", huge), 413);
        assertThat(org.admin().get("/api/tenants/current").field("name")).isEqualTo("Org " + org.subdomain());
    }

    @Test
    void aMissingOrWrongContentTypeIsRefused() {
        assertProblem(org.admin().send("POST", "/api/tenants/invitations", null, "{\"email\":\"ct@x.test\",\"role\":\"VIEWER\"}"), 415);
        assertProblem(org.admin().send("POST", "/api/tenants/invitations", "text/plain", "{\"email\":\"ct@x.test\",\"role\":\"VIEWER\"}"), 415);
        assertThat(org.admin().get("/api/tenants/invitations").text()).doesNotContain("ct@x.test");
    }

    @Test
    void badParametersAndUnknownPathsAreProblemsToo() {
        assertProblem(org.admin().get("/api/tenants/users?limit=1000"), 400);
        assertProblem(org.admin().get("/api/tenants/users?limit=abc"), 400);
        assertProblem(org.admin().get("/api/tenants/users?cursor=bm90LWEtdXVpZA"), 400);
        assertProblem(org.admin().get("/api/tenants/users/not-a-uuid"), 405);
        assertProblem(org.admin().get("/api/tenants/nothing-here"), 404);
        assertProblem(org.admin().delete("/api/tenants/users/not-a-uuid"), 400);
        assertProblem(Platform.api().get("/internal/tenants/" + org.id() + "/schema"), 404);
    }
}
