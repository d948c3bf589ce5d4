package dev.crm.contact.contacts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crm.contact.ContactServiceApiTest;
import dev.crm.testing.ApiClient;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Search over contacts against real PostgreSQL (pg_trgm + unaccent): what a user typing in the box finds, in what order. */
class ContactSearchIT extends ContactServiceApiTest {

    private JsonNode search(String q) {
        ApiClient.Response r = admin.api().get("/api/contacts?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
        assertThat(r.status()).as(r.text()).isEqualTo(200);
        return r.json();
    }

    private List<String> names(String q) {
        List<String> names = new ArrayList<>();
        search(q).get("items").forEach(c -> names.add(c.get("firstName").asString() + " " + c.get("lastName").asString()));
        return names;
    }

    @Test
    void bestMatchFirstAndNothingUnrelated() {
        contact("Nadia", "Adams", Map.of());
        contact("Grace", "Hopper", Map.of());
        contact("Ada", "Lovelace", Map.of());
        contact("Adam", "Smith", Map.of());

        List<String> found = names("ada");
        assertThat(found.get(0)).isEqualTo("Ada Lovelace");
        assertThat(found).contains("Adam Smith", "Nadia Adams").doesNotContain("Grace Hopper");
    }

    @Test
    void ignoresCaseAndAccentsBothWays() {
        contact("Zoë", "Müller", Map.of());
        contact("Jose", "Garcia", Map.of());
        assertThat(names("zoe muller")).containsExactly("Zoë Müller");
        assertThat(names("MÜLLER")).containsExactly("Zoë Müller");
        assertThat(names("josé garcía")).containsExactly("Jose Garcia");
    }

    @Test
    void forgivesSmallTyposAndMatchesPrefixes() {
        contact("Ada", "Lovelace", Map.of());
        contact("Grace", "Hopper", Map.of());
        assertThat(names("lovelce")).containsExactly("Ada Lovelace");
        assertThat(names("hopp")).containsExactly("Grace Hopper");
        assertThat(names("ada lovel")).as("the word being typed is a prefix").containsExactly("Ada Lovelace");
    }

    @Test
    void findsByEmailPhoneTagsAndCompany() {
        String globex = admin.api().post("/api/companies", Map.of("name", "Globex Corporation", "domain", "globex.example")).field("id");
        contact("Ada", "Lovelace", Map.of("email", "ada@analytical.example", "phone", "+44 20 7946 0958", "tags", List.of("vip")));
        contact("Hank", "Scorpio", Map.of("companyId", globex));
        contact("Grace", "Hopper", Map.of());

        assertThat(names("ada@analytical")).containsExactly("Ada Lovelace");
        assertThat(names("2079460958")).as("digits without separators or country code").containsExactly("Ada Lovelace");
        assertThat(names("+44 20 7946")).containsExactly("Ada Lovelace");
        assertThat(names("vip")).containsExactly("Ada Lovelace");
        assertThat(names("globex")).containsExactly("Hank Scorpio");
        contact("Zed", "Zed", Map.of("email", "qwerty42@keys.example"));
        assertThat(names("qwert")).as("the letters before digits, as a prefix").containsExactly("Zed Zed");
    }

    @Test
    void exactWordsComeFirstThenPrefixesThenNearWords() {
        contact("Jon", "Snow", Map.of());
        contact("Mary", "Johnson", Map.of());
        contact("John", "Doe", Map.of());
        contact("Grace", "Hopper", Map.of());
        assertThat(names("john")).containsExactly("John Doe", "Mary Johnson", "Jon Snow");
    }

    @Test
    void pagesContinueAcrossTiersWithoutRepeatingOrSkipping() {
        for (int i = 0; i < 3; i++) contact("Anna" + i, "Byron", Map.of());
        for (int i = 0; i < 3; i++) contact("Anna" + i, "Byronsson", Map.of());
        List<String> order = new ArrayList<>();
        String cursor = null;
        do {
            ApiClient.Response page = admin.api().get("/api/contacts?q=byron&limit=2" + (cursor == null ? "" : "&cursor=" + cursor));
            assertThat(page.status()).as(page.text()).isEqualTo(200);
            page.json().get("items").forEach(c -> order.add(c.get("lastName").asString() + "/" + c.get("firstName").asString()));
            cursor = page.json().get("nextCursor").isNull() ? null : page.json().get("nextCursor").asString();
        } while (cursor != null);
        assertThat(order).containsExactly("Byron/Anna2", "Byron/Anna1", "Byron/Anna0", "Byronsson/Anna2", "Byronsson/Anna1", "Byronsson/Anna0");
    }

    @Test
    void findsAContactByItsCompanyTogetherWithItsName() {
        String acmeCo = admin.api().post("/api/companies", Map.of("name", "Acme Rockets", "domain", "acme-rockets.example")).field("id");
        String initech = admin.api().post("/api/companies", Map.of("name", "Initech")).field("id");
        contact("Anna", "Berg", Map.of("companyId", acmeCo));
        contact("Anna", "Lind", Map.of("companyId", initech));
        assertThat(names("anna acme")).containsExactly("Anna Berg");
        admin.api().patch("/api/companies/" + initech, Map.of("name", "Acme Initech"));
        assertThat(names("anna acme")).as("a renamed company is found under its new name").containsExactlyInAnyOrder("Anna Berg", "Anna Lind");
    }

    @Test
    void aWordInThousandsOfContactsAndAWordInOneAreBothFoundNewestFirst() {
        // 5,500 Byrons, older than 2,500 others: the newest rows hold no Byron, and the index alone holds too many
        jdbc.update("insert into " + acme.schema() + ".contacts (id, first_name, last_name, created_at, updated_at) "
                + "select cast('00000000-0000-7000-8000-' || lpad(cast(g as text), 12, '0') as uuid), 'Ada', 'Byron', now(), now() "
                + "from generate_series(1, 5500) g");
        jdbc.update("insert into " + acme.schema() + ".contacts (id, first_name, last_name, created_at, updated_at) "
                + "select cast('01000000-0000-7000-8000-' || lpad(cast(g as text), 12, '0') as uuid), 'Ada', 'Other', now(), now() "
                + "from generate_series(1, 2500) g");
        contact("Ada", "Quimby", Map.of());
        List<String> newest = jdbc.queryForList("select cast(id as text) from " + acme.schema()
                + ".contacts where last_name = 'Byron' order by id desc limit 5", String.class);
        List<String> found = new ArrayList<>();
        admin.api().get("/api/contacts?q=byron&limit=5").json().get("items").forEach(c -> found.add(c.get("id").asString()));
        assertThat(found).as("more matches than the index-first pass takes, none among the newest").isEqualTo(newest);
        assertThat(admin.api().get("/api/contacts?q=other&limit=5").json().get("items").size()).as("matches among the newest").isEqualTo(5);
        assertThat(names("quimby")).containsExactly("Ada Quimby");
        assertThat(names("qimby")).as("a typo of the rare word").containsExactly("Ada Quimby");
        assertThat(names("zzqx")).isEmpty();
    }

    @Test
    void matchesSpreadThinlyAreFoundNewestFirstAcrossPages() {
        // one contact in 150 is a Sparse: 13 among the newest 2,000, too few for a page of 25, enough to walk the list for it
        jdbc.update("insert into " + acme.schema() + ".contacts (id, first_name, last_name, created_at, updated_at) "
                + "select cast('00000000-0000-7000-8000-' || lpad(cast(g as text), 12, '0') as uuid), 'Ada', "
                + "case when g % 150 = 0 then 'Sparse' else 'Dense' end, now(), now() from generate_series(1, 6000) g");
        List<String> expected = jdbc.queryForList("select cast(id as text) from " + acme.schema()
                + ".contacts where last_name = 'Sparse' order by id desc", String.class);
        List<String> found = new ArrayList<>();
        String cursor = null;
        do {
            ApiClient.Response page = admin.api().get("/api/contacts?q=sparse&limit=25" + (cursor == null ? "" : "&cursor=" + cursor));
            assertThat(page.status()).as(page.text()).isEqualTo(200);
            page.json().get("items").forEach(c -> found.add(c.get("id").asString()));
            cursor = page.json().get("nextCursor").isNull() ? null : page.json().get("nextCursor").asString();
        } while (cursor != null);
        assertThat(found).hasSize(40).isEqualTo(expected);
    }

    @Test
    void trashedContactsAreNotFound() {
        String id = contact("Ada", "Lovelace", Map.of());
        admin.api().delete("/api/contacts/" + id);
        assertThat(names("lovelace")).isEmpty();
    }

    @Test
    void pagesThroughEveryMatchOnce() {
        for (int i = 0; i < 23; i++) contact("Ada" + i, "Byron", Map.of());
        contact("Grace", "Hopper", Map.of());
        Set<String> seen = new HashSet<>();
        String cursor = null;
        int pages = 0;
        do {
            ApiClient.Response page = admin.api().get("/api/contacts?q=byron&limit=10" + (cursor == null ? "" : "&cursor=" + cursor));
            assertThat(page.status()).as(page.text()).isEqualTo(200);
            page.json().get("items").forEach(c -> assertThat(seen.add(c.get("id").asString())).as("no duplicates").isTrue());
            cursor = page.json().get("nextCursor").isNull() ? null : page.json().get("nextCursor").asString();
            pages++;
        } while (cursor != null);
        assertThat(seen).hasSize(23);
        assertThat(pages).isEqualTo(3);
    }

    @Test
    void filtersCombineWithTheQuery() {
        var rep = acme.as("SALES_REP");
        rep.api().post("/api/contacts", Map.of("firstName", "Ada", "lastName", "Rep"));
        contact("Ada", "Admin", Map.of());
        List<String> found = new ArrayList<>();
        admin.api().get("/api/contacts?q=ada&ownerId=" + rep.id()).json().get("items").forEach(c -> found.add(c.get("lastName").asString()));
        assertThat(found).containsExactly("Rep");
    }

    @Test
    void aQueryNeedsTwoCharactersAndAValidCursor() {
        assertField(admin.api().get("/api/contacts?q=a"), 400, "q");
        assertField(admin.api().get("/api/contacts?q=%20%20"), 400, "q");
        assertField(admin.api().get("/api/contacts?q=ada&cursor=garbage"), 400, "cursor");
    }

    @Test
    void anotherOrganizationFindsNothingOfThisOne() {
        contact("Ada", "Lovelace", Map.of());
        ApiClient intruder = anotherOrganization().as("ADMIN").api();
        assertThat(intruder.get("/api/contacts?q=lovelace").json().get("items")).isEmpty();
    }
}
