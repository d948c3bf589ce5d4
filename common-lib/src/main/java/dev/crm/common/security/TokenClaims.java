package dev.crm.common.security;

/** Names of the claims of an access token; the auth-service writes them, every service reads them. */
public final class TokenClaims {

    public static final String ISSUER = "crm-auth";
    public static final String AUDIENCE = "crm";
    public static final String TENANT_ID = "tid";
    public static final String TENANT_SUBDOMAIN = "tenant";
    public static final String ROLE = "role";
    public static final String EMAIL = "email";

    private TokenClaims() {}
}
