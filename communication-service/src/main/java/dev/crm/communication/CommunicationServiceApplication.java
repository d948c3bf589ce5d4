package dev.crm.communication;

import dev.crm.common.security.PublicEndpoints;
import dev.crm.common.autoconfigure.MigrateAndExit;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;

/** Activities on the timelines, email sent, tracked and threaded, and their settings (ADR 16). */
@SpringBootApplication
@ConfigurationPropertiesScan
public class CommunicationServiceApplication {

    public static void main(String[] args) {
        MigrateAndExit.ifRequested(args);
        SpringApplication.run(CommunicationServiceApplication.class, args);
    }

    /** The addresses in sent emails (open pixel, click redirects, unsubscribe): their signed token is the credential. */
    @Bean
    PublicEndpoints publicEndpoints() {
        return PublicEndpoints.of("/t/**");
    }
}
