package dev.crm.contact;

import dev.crm.common.autoconfigure.MigrateAndExit;
import org.springframework.boot.SpringApplication;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Contacts and companies: the customer book and the purge of its trash. */
@SpringBootApplication
@EnableScheduling
public class ContactServiceApplication {

    public static void main(String[] args) {
        MigrateAndExit.ifRequested(args);
        SpringApplication.run(ContactServiceApplication.class, args);
    }
}
