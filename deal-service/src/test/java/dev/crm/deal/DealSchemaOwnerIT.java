package dev.crm.deal;

import dev.crm.testing.SchemaOwnerContract;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=${CRM_TEST_DB_URL:jdbc:postgresql://localhost:5432/crm_test}",
    "crm.internal-secret=" + SchemaOwnerContract.INTERNAL_SECRET,
    "crm.auth-url=" + SchemaOwnerContract.UNREACHABLE_AUTH_URL
})
class DealSchemaOwnerIT extends SchemaOwnerContract {

    @Override
    protected String service() {
        return "deal";
    }

    @Override
    protected String ownTable() {
        return "deals";
    }

    @Override
    protected String apiPath() {
        return "/api/deals";
    }
}
