package dev.crm.common.security;

import dev.crm.common.web.CommonError;
import dev.crm.common.web.ProblemWriter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;

/** 401 as a problem, with the Bearer challenge; never says why a token was refused beyond "invalid". */
public class ProblemAuthenticationEntryPoint implements AuthenticationEntryPoint {

    private final ProblemWriter problems;

    public ProblemAuthenticationEntryPoint(ProblemWriter problems) {
        this.problems = problems;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e) throws IOException {
        boolean presented = request.getHeader("Authorization") != null;
        problems.write(response, CommonError.UNAUTHENTICATED,
                presented ? "Your access token is invalid or has expired." : "Sign in to use this resource.",
                Map.of("WWW-Authenticate", presented ? "Bearer error=\"invalid_token\"" : "Bearer"));
    }
}
