package dev.crm.deal;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Pipelines, stages and deals (issue 4 fills it; its tables already migrate into every tenant schema). */
@SpringBootApplication
public class DealServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(DealServiceApplication.class, args);
    }
}
