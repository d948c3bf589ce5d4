package dev.crm.common.security;

import java.util.List;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/** A verified access token and the member it names, read from its claims once per request instead of at every {@link CurrentUser#current()}. */
public final class MemberAuthentication extends JwtAuthenticationToken {

    private final transient CurrentUser member;

    public MemberAuthentication(Jwt jwt, CurrentUser member) {
        super(jwt, List.of(new SimpleGrantedAuthority(member.role().authority())), jwt.getSubject());
        this.member = member;
    }

    public static MemberAuthentication of(Jwt jwt) {
        return new MemberAuthentication(jwt, CurrentUser.from(jwt));
    }

    public CurrentUser member() {
        return member;
    }
}
