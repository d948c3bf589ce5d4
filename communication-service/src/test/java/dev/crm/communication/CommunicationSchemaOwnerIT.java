package dev.crm.communication;

import dev.crm.testing.SchemaOwnerContract;
import dev.crm.testing.TestSecrets;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=${CRM_TEST_DB_URL:jdbc:postgresql://localhost:5432/crm_test}",
    "crm.internal-secret=" + SchemaOwnerContract.INTERNAL_SECRET,
    "crm.mail.tracking-secret=" + TestSecrets.TRACKING,
    "crm.mail.inbound.secret=" + TestSecrets.INBOUND,
    "crm.auth-url=" + SchemaOwnerContract.UNREACHABLE_AUTH_URL
})
class CommunicationSchemaOwnerIT extends SchemaOwnerContract {

    @Override
    protected String service() {
        return "communication";
    }

    @Override
    protected String ownTable() {
        return "activities";
    }

    @Override
    protected String apiPath() {
        return "/api/activities";
    }
}
