package dev.crm.communication.templates;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What a client writes of a template (POST, PUT; PATCH after merging). */
record TemplateData(
        @NotBlank @Size(max = 120) String name,
        @NotBlank @Size(max = 300) @Pattern(regexp = "[^\\r\\n]*", message = "must be one line") String subject,
        @NotBlank @Size(max = 100_000) String body,
        Long version) {

    static TemplateData of(TemplateView t) {
        return new TemplateData(t.name(), t.subject(), t.body(), t.version());
    }
}
