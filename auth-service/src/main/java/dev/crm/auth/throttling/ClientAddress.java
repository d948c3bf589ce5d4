package dev.crm.auth.throttling;

import jakarta.servlet.http.HttpServletRequest;

/** The client's address: what the gateway saw, or the connection's when called directly. */
public final class ClientAddress {

    /** Set by the gateway from the connection's address; a client cannot choose it. */
    static final String HEADER = "X-Client-Ip";

    private ClientAddress() {}

    public static String of(HttpServletRequest request) {
        String forwarded = request.getHeader(HEADER);
        return forwarded != null ? forwarded : request.getRemoteAddr();
    }
}
