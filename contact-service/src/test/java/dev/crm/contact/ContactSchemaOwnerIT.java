package dev.crm.contact;

import dev.crm.testing.SchemaOwnerContract;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=${CRM_TEST_DB_URL:jdbc:postgresql://localhost:5432/crm_test}",
    "crm.internal-secret=" + SchemaOwnerContract.INTERNAL_SECRET,
    "crm.auth-url=" + SchemaOwnerContract.UNREACHABLE_AUTH_URL
})
class ContactSchemaOwnerIT extends SchemaOwnerContract {

    @Override
    protected String service() {
        return "contact";
    }

    @Override
    protected String ownTable() {
        return "contacts";
    }

    @Override
    protected String apiPath() {
        return "/api/contacts";
    }
}
