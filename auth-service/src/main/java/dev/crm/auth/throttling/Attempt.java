package dev.crm.auth.throttling;

import dev.crm.auth.tokens.Secrets;
import java.util.Base64;

/** One attempt of a subject under a limit. */
public record Attempt(AttemptLimit limit, String subject) {

    /**
     * The bucket's key. The subject is hashed: no email address or token lands in Redis. The braces put
     * every bucket in one Redis Cluster slot, so that one script may take several at once.
     */
    String key() {
        return "crm:{attempts}:" + limit.name() + ":"
                + Base64.getUrlEncoder().withoutPadding().encodeToString(Secrets.sha256(subject));
    }
}
