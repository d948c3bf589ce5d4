package dev.crm.tenant;

import dev.crm.common.security.PublicEndpoints;
import dev.crm.common.autoconfigure.MigrateAndExit;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The tenant registry: registration and provisioning, organization settings, and the audit trail. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class TenantServiceApplication {

    public static void main(String[] args) {
        MigrateAndExit.ifRequested(args);
        SpringApplication.run(TenantServiceApplication.class, args);
    }

    @Bean
    PublicEndpoints publicEndpoints() {
        return PublicEndpoints.of("/api/tenants/register");
    }
}
