package dev.crm.auth;

import dev.crm.common.security.PublicEndpoints;
import dev.crm.common.autoconfigure.MigrateAndExit;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/** Identity: members, passwords, access and refresh tokens, invitations, and the JWKS every service verifies with. */
@SpringBootApplication
public class AuthServiceApplication {

    public static void main(String[] args) {
        MigrateAndExit.ifRequested(args);
        SpringApplication.run(AuthServiceApplication.class, args);
    }

    @Bean
    PublicEndpoints publicEndpoints() {
        return PublicEndpoints.of(
                "/.well-known/jwks.json",
                "/api/auth/login",
                "/api/auth/refresh",
                "/api/auth/logout",
                "/api/auth/register",
                "/api/auth/invitations/*",
                "/api/auth/password/forgot",
                "/api/auth/password/reset",
                "/api/auth/email/confirm",
                "/api/auth/organizations/find");
    }
}
