package dev.crm.tenant.registration;

import dev.crm.common.web.OneLine;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A new organization and its first admin. The organization's and the admin's names go into email
 * headers (the welcome email's subject, the sender's name): one line, no control characters, short.
 */
record RegistrationRequest(
        @NotBlank @Size(max = 100) @Pattern(regexp = OneLine.PATTERN, message = OneLine.MESSAGE) String organizationName,
        @NotBlank
        @Pattern(regexp = "^[a-z0-9][a-z0-9-]{1,38}[a-z0-9]$",
                message = "must be 3 to 40 lowercase letters, digits or inner hyphens")
        String subdomain,
        @NotBlank @Email @Size(max = 254) String adminEmail,
        @NotBlank @Size(min = 10, max = 200, message = "must be at least 10 characters") String adminPassword,
        @NotBlank @Size(max = 100) @Pattern(regexp = OneLine.PATTERN, message = OneLine.MESSAGE) String adminFullName) {}
