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
import java.util.List;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Guards the service-to-service endpoints: any request the dispatcher could route under
 * {@code /internal/}, however its path is spelled ({@link InternalRoutes}), must present one of the
 * accepted internal secrets (the current one, and the previous one while a rotation is under way), or it
 * answers 404 as if nothing were there. A request that passes is marked for {@link InternalRouteGuard}.
 */
public class InternalSecretFilter extends OncePerRequestFilter {

    public static final String HEADER = "X-Internal-Secret";

    /** Request attribute set on a request whose internal secret was checked. */
    static final String VERIFIED = InternalSecretFilter.class.getName() + ".verified";

    private final List<byte[]> accepted;
    private final ProblemWriter problems;

    public InternalSecretFilter(RotatingSecret secret, ProblemWriter problems) {
        this.accepted = secret.accepted().stream().map(s -> s.getBytes(StandardCharsets.UTF_8)).toList();
        this.problems = problems;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !InternalRoutes.isInternal(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!isAccepted(request.getHeader(HEADER))) {
            problems.write(response, CommonError.NOT_FOUND, "There is nothing at this address.");
            return;
        }
        request.setAttribute(VERIFIED, Boolean.TRUE);
        chain.doFilter(request, response);
    }

    private boolean isAccepted(String presented) {
        if (presented == null) return false;
        byte[] bytes = presented.getBytes(StandardCharsets.UTF_8);
        boolean match = false;
        for (byte[] secret : accepted) match |= MessageDigest.isEqual(secret, bytes); // every secret compared: no timing hint
        return match;
    }
}
