package dev.crm.common.security;

import dev.crm.common.web.CommonError;
import dev.crm.common.web.ProblemWriter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

/**
 * The last word on internal endpoints, taken where the dispatcher has already chosen the handler: a
 * handler mapped under {@code /internal/} runs only for a request whose secret {@link InternalSecretFilter}
 * checked. Whatever spelling of a path slipped past the filter, it cannot reach an internal handler.
 */
public class InternalRouteGuard implements HandlerInterceptor {

    private final ProblemWriter problems;

    public InternalRouteGuard(ProblemWriter problems) {
        this.problems = problems;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) throws Exception {
        String pattern = (String) request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
        if (!InternalRoutes.isInternalPattern(pattern) || Boolean.TRUE.equals(request.getAttribute(InternalSecretFilter.VERIFIED))) {
            return true;
        }
        problems.write(response, CommonError.NOT_FOUND, "There is nothing at this address.");
        return false;
    }
}
