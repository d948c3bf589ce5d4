package dev.crm.common.security;

import dev.crm.common.web.CommonError;
import dev.crm.common.web.ProblemWriter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * A refused token is the client's problem (401); a token that could not be checked at all (the
 * auth-service's keys unreachable) is ours: 503 with Retry-After, so clients retry instead of signing
 * out, and never a 500. Spring Security would rethrow the second kind.
 */
public class TokenCheckFailureHandler implements AuthenticationFailureHandler {

    private final AuthenticationEntryPoint refused;
    private final ProblemWriter problems;

    public TokenCheckFailureHandler(AuthenticationEntryPoint refused, ProblemWriter problems) {
        this.refused = refused;
        this.problems = problems;
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException, jakarta.servlet.ServletException {
        if (e instanceof AuthenticationServiceException) {
            problems.write(response, CommonError.UNAVAILABLE, "Your session cannot be checked right now. Please try again in a moment.",
                    Map.of("Retry-After", "5"));
        } else {
            refused.commence(request, response, e);
        }
    }
}
