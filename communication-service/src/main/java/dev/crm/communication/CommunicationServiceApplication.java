package dev.crm.communication;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Activities on the timelines, email sent, tracked and threaded, and their settings (ADR 16). */
@SpringBootApplication
@ConfigurationPropertiesScan
public class CommunicationServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(CommunicationServiceApplication.class, args);
    }
}
