package dev.crm.auth.login;

import dev.crm.auth.throttling.AttemptLimit;
import dev.crm.auth.throttling.Throttle;
import java.time.Duration;
import org.springframework.stereotype.Component;

/**
 * Slows password guessing: 5 failed sign-ins a minute for one account, or 20 from one client address
 * (an office behind one NAT should not lock itself out with a few typos); further attempts get 429 with
 * Retry-After until the window ends. An attempt is spent before its password is checked and given back
 * when it was right, so parallel guesses cannot all pass the check.
 */
@Component
class LoginThrottle {

    static final AttemptLimit ACCOUNT = new AttemptLimit("sign-in-account", 5, Duration.ofMinutes(1));
    static final AttemptLimit ADDRESS = new AttemptLimit("sign-in-address", 20, Duration.ofMinutes(1));

    private final Throttle throttle;

    LoginThrottle(Throttle throttle) {
        this.throttle = throttle;
    }

    void spend(String accountKey, String clientIp) {
        throttle.spend("Too many failed sign-ins.", ACCOUNT.of(accountKey), ADDRESS.of(clientIp));
    }

    /** Only failures count: the account starts over and the address gets its attempt back. */
    void succeeded(String accountKey, String clientIp) {
        throttle.clear(ACCOUNT.of(accountKey));
        throttle.giveBack(ADDRESS.of(clientIp));
    }
}
