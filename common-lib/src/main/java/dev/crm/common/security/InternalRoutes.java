package dev.crm.common.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.server.PathContainer;
import org.springframework.http.server.RequestPath;
import org.springframework.web.util.ServletRequestPathUtils;

/**
 * Which requests are service-to-service calls: those whose path, read the way the dispatcher reads it
 * (each segment percent-decoded, path parameters dropped), or as the servlet container decoded and
 * normalized it, begins with an {@code internal} segment in any letter case. A check on the raw text
 * of the address is not enough: {@code /%69nternal/...} is routed to {@code /internal/...}.
 */
public final class InternalRoutes {

    public static final String PREFIX = "/internal/";

    private InternalRoutes() {}

    public static boolean isInternal(HttpServletRequest request) {
        return startsWithInternalSegment(dispatcherPath(request)) || startsWithInternal(request.getServletPath());
    }

    /** True for a handler mapping pattern of an internal endpoint, such as {@code /internal/tenants/{id}/schema}. */
    public static boolean isInternalPattern(String pattern) {
        return pattern != null && startsWithInternal(pattern);
    }

    private static PathContainer dispatcherPath(HttpServletRequest request) {
        RequestPath path = ServletRequestPathUtils.hasParsedRequestPath(request)
                ? ServletRequestPathUtils.getParsedRequestPath(request)
                : ServletRequestPathUtils.parseAndCache(request);
        return path.pathWithinApplication();
    }

    private static boolean startsWithInternalSegment(PathContainer path) {
        for (PathContainer.Element element : path.elements()) {
            if (element instanceof PathContainer.PathSegment segment && !segment.valueToMatch().isEmpty()) {
                return isInternalSegment(segment.valueToMatch());
            }
        }
        return false;
    }

    private static boolean startsWithInternal(String decodedPath) {
        if (decodedPath == null) return false;
        int start = 0;
        while (start < decodedPath.length() && decodedPath.charAt(start) == '/') start++;
        return isInternalSegment(decodedPath.substring(start));
    }

    private static boolean isInternalSegment(String text) {
        return text.regionMatches(true, 0, "internal", 0, "internal".length());
    }
}
