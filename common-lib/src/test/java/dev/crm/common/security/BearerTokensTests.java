package dev.crm.common.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;

class BearerTokensTests {

    private final DefaultBearerTokenResolver spring = new DefaultBearerTokenResolver();

    @Test
    void readsTheTokenWhateverTheCaseOfTheScheme() {
        assertThat(BearerTokens.fromAuthorizationHeader("Bearer abc.DEF-_~+/9==")).isEqualTo("abc.DEF-_~+/9==");
        assertThat(BearerTokens.fromAuthorizationHeader("bearer abc")).isEqualTo("abc");
    }

    @Test
    void refusesATokenLongerThanAnyThePlatformIssues() {
        assertThat(BearerTokens.fromAuthorizationHeader("Bearer " + "a".repeat(BearerTokens.MAX_TOKEN_LENGTH))).hasSize(BearerTokens.MAX_TOKEN_LENGTH);
        assertThatThrownBy(() -> BearerTokens.fromAuthorizationHeader("Bearer " + "a".repeat(BearerTokens.MAX_TOKEN_LENGTH + 1)))
                .isInstanceOf(InvalidBearerTokenException.class);
    }

    @Test
    void noTokenWithoutTheHeaderOrWithAnotherScheme() {
        assertThat(BearerTokens.fromAuthorizationHeader(null)).isNull();
        assertThat(BearerTokens.fromAuthorizationHeader("Basic dXNlcjpwYXNz")).isNull();
    }

    @Test
    void refusesWhatIsNotAToken() {
        for (String header : new String[] {"Bearer ", "Bearer a b", "Bearer abc=d", "Bearer =abc", "Bearer  abc", "Bearer abc\n", "Bearer ab\u00e9"}) {
            assertThatThrownBy(() -> BearerTokens.fromAuthorizationHeader(header))
                    .as(header).isInstanceOf(InvalidBearerTokenException.class);
        }
    }

    @Test
    void agreesWithSpringSecuritysResolver() {
        for (String header : new String[] {"Bearer x.y.z", "BEARER x", "Bearer x==", "Bearer a b", "Bearer ", "Token x", "Bearer x=y", "Bearer"}) {
            MockHttpServletRequest request = new MockHttpServletRequest();
            request.addHeader("Authorization", header);
            assertThat(outcome(() -> BearerTokens.fromAuthorizationHeader(header))).as(header)
                    .isEqualTo(outcome(() -> spring.resolve(request)));
        }
    }

    private static String outcome(java.util.function.Supplier<String> resolve) {
        try {
            return "token:" + resolve.get();
        } catch (OAuth2AuthenticationException e) {
            return "malformed";
        }
    }
}
