package dev.crm.common.security;

import dev.crm.common.web.CommonError;
import dev.crm.common.web.ProblemWriter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Guards the service-to-service endpoints under {@code /internal/}: the gateway never routes there,
 * and a caller must present the platform's shared internal secret.
 */
public class InternalSecretFilter extends OncePerRequestFilter {

    public static final String HEADER = "X-Internal-Secret";

    private final byte[] secret;
    private final ProblemWriter problems;

    public InternalSecretFilter(String secret, ProblemWriter problems) {
        this.secret = secret.getBytes(StandardCharsets.UTF_8);
        this.problems = problems;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith("/internal/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String presented = request.getHeader(HEADER);
        if (presented == null || !MessageDigest.isEqual(secret, presented.getBytes(StandardCharsets.UTF_8))) {
            problems.write(response, CommonError.NOT_FOUND, "There is nothing at this address.");
            return;
        }
        chain.doFilter(request, response);
    }
}
