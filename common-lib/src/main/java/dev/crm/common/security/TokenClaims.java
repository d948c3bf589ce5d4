package dev.crm.common.security;

/** Names of the claims of an access token; the auth-service writes them, every service reads them. */
public final class TokenClaims {

    public static final String ISSUER = "crm-auth";
    public static final String AUDIENCE = "crm";
    public static final String TENANT_ID = "tid";
    public static final String TENANT_SUBDOMAIN = "tenant";
    public static final String ROLE = "role";
    public static final String EMAIL = "email";
    /** The sign-in (refresh token family) a token was issued in: ending the session cuts its tokens off. */
    public static final String SESSION_ID = "sid";

    private TokenClaims() {}
}
