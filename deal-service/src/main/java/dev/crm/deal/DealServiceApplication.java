package dev.crm.deal;

import dev.crm.common.autoconfigure.MigrateAndExit;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Pipelines and their stage rules, deals and their stage history, the board and pipeline analytics. */
@SpringBootApplication
public class DealServiceApplication {

    public static void main(String[] args) {
        MigrateAndExit.ifRequested(args);
        SpringApplication.run(DealServiceApplication.class, args);
    }
}
