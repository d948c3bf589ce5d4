package dev.crm.communication;

import dev.crm.testing.SchemaOwnerContract;
import dev.crm.testing.ServiceApiTest;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/** The communication-service on a random port against real PostgreSQL and NATS (see {@link ServiceApiTest}). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=${CRM_TEST_DB_URL:jdbc:postgresql://localhost:5432/crm_test}",
    "crm.internal-secret=" + SchemaOwnerContract.INTERNAL_SECRET
})
@Import(ServiceApiTest.Tokens.class)
public abstract class CommunicationServiceApiTest extends ServiceApiTest {}
