package dev.crm.common.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crm.common.web.ProblemWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.HandlerMapping;
import tools.jackson.databind.json.JsonMapper;

class InternalRoutesTests {

    private static MockHttpServletRequest request(String rawUri, String decodedServletPath) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", rawUri);
        request.setServletPath(decodedServletPath);
        return request;
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "/internal/tenants/1/emails", "/%69nternal/tenants/1/emails", "/%69%6E%74%65%72%6E%61%6C/tenants/1/emails",
        "/internal;x=1/tenants/1/emails", "/;/internal/tenants/1/emails", "//internal/tenants/1/emails",
        "/INTERNAL/tenants/1/emails", "/Internal/tenants/1/emails", "/internal/tenants/1/emails/", "/internal%2Ftenants/1/emails"
    })
    void readsThePathAsTheDispatcherDoes(String rawUri) {
        assertThat(InternalRoutes.isInternal(request(rawUri, ""))).as(rawUri).isTrue();
    }

    @Test
    void readsThePathAsTheContainerNormalizedItToo() {
        assertThat(InternalRoutes.isInternal(request("/x/../internal/tenants/1/emails", "/internal/tenants/1/emails"))).isTrue();
        assertThat(InternalRoutes.isInternal(request("/./internal/tenants/1/emails", "/internal/tenants/1/emails"))).isTrue();
    }

    @Test
    void leavesEveryOtherPathAlone() {
        assertThat(InternalRoutes.isInternal(request("/api/contacts", "/api/contacts"))).isFalse();
        assertThat(InternalRoutes.isInternal(request("/api/internal/x", "/api/internal/x"))).isFalse();
        assertThat(InternalRoutes.isInternal(request("/", "/"))).isFalse();
    }

    @Test
    void theGuardRefusesAnInternalHandlerForARequestWhoseSecretWasNotChecked() throws Exception {
        InternalRouteGuard guard = new InternalRouteGuard(new ProblemWriter(JsonMapper.builder().build()));
        MockHttpServletRequest unchecked = request("/whatever", "/whatever");
        unchecked.setAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE, "/internal/tenants/{tenantId}/emails");
        MockHttpServletResponse response = new MockHttpServletResponse();

        assertThat(guard.preHandle(unchecked, response, new Object())).isFalse();
        assertThat(response.getStatus()).isEqualTo(404);
        assertThat(response.getContentType()).startsWith("application/problem+json");

        MockHttpServletRequest checked = request("/internal/tenants/1/emails", "/internal/tenants/1/emails");
        checked.setAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE, "/internal/tenants/{tenantId}/emails");
        checked.setAttribute(InternalSecretFilter.VERIFIED, Boolean.TRUE);
        assertThat(guard.preHandle(checked, new MockHttpServletResponse(), new Object())).isTrue();

        MockHttpServletRequest member = request("/api/contacts", "/api/contacts");
        member.setAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE, "/api/contacts");
        assertThat(guard.preHandle(member, new MockHttpServletResponse(), new Object())).isTrue();
    }
}
