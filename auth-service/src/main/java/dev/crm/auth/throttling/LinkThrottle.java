package dev.crm.auth.throttling;

import java.time.Duration;
import org.springframework.stereotype.Component;

/**
 * Wrong reset-link and invitation tokens: 10 a minute from one client address (both routes together),
 * and 5 a minute for one token. An attempt is spent before the token is looked up and given back to the
 * address when the token was right, so a member setting a password is never held back by it.
 */
@Component
public class LinkThrottle {

    static final AttemptLimit ADDRESS = new AttemptLimit("link-address", 10, Duration.ofMinutes(1));
    static final AttemptLimit TOKEN = new AttemptLimit("link-token", 5, Duration.ofMinutes(1));

    private final Throttle throttle;

    LinkThrottle(Throttle throttle) {
        this.throttle = throttle;
    }

    public void spend(String token, String clientIp) {
        throttle.spend("Too many attempts with links that are not valid.", ADDRESS.of(clientIp), TOKEN.of(token));
    }

    public void succeeded(String clientIp) {
        throttle.giveBack(ADDRESS.of(clientIp));
    }
}
