package dev.crm.gateway.ratelimit;

import dev.crm.common.security.BearerTokens;
import dev.crm.common.security.TokenClaims;
import dev.crm.gateway.GatewayProperties;
import dev.crm.gateway.forwarding.ClientAddresses;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Base64;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Which buckets a request takes from. A request with a valid access token counts against its member
 * (organization and user, so colleagues behind one office address do not share); any other request
 * against its client address. An open pixel, click or unsubscribe link also counts against the link
 * itself, so one link cannot be replayed to flood its organization's statistics. A registration also
 * counts against the registrations of its address and of everyone in the hour: sign-up is free and
 * anonymous, and each one provisions a schema and sends an email.
 */
@Component
class RequestBuckets {


    private final Limit perClient;
    private final Limit perLink;
    private final Limit registrationsPerClient;
    private final Limit registrations;
    private final RateLimits limits;
    private final ClientAddresses clients;
    private final ReactiveJwtDecoder tokens;

    RequestBuckets(GatewayProperties crm, RateLimits limits, ClientAddresses clients, ReactiveJwtDecoder tokens) {
        GatewayProperties.RateLimit config = crm.rateLimit();
        this.perClient = new Limit("api", config.capacity(), config.perSecond(), Duration.ofSeconds(1));
        this.perLink = new Limit("link", config.trackingPerMinute(), config.trackingPerMinute(), Duration.ofMinutes(1));
        this.registrationsPerClient = new Limit("signup", config.registrationsPerHourPerClient(), config.registrationsPerHourPerClient(), Duration.ofHours(1));
        this.registrations = new Limit("signups", config.registrationsPerHour(), config.registrationsPerHour(), Duration.ofHours(1));
        this.limits = limits;
        this.clients = clients;
        this.tokens = tokens;
    }

    /** Takes one request from each of its buckets; the verdict of the one closest to refusing. */
    Mono<Verdict> take(ServerWebExchange exchange) {
        Mono<Verdict> client = subject(exchange).flatMap(subject -> limits.take(perClient, subject));
        if (LimitedPaths.isRegistration(exchange)) {
            // everyone's hourly budget is spent only by what an address may still send: one address refused
            // again and again cannot use it up for the others
            Mono<Verdict> ofAddress = Flux.merge(client, limits.take(registrationsPerClient, clients.clientOf(exchange))).reduce(Verdict::tighter);
            return ofAddress.flatMap(verdict -> verdict.allowed()
                    ? limits.take(registrations, "all").map(verdict::tighter)
                    : Mono.just(verdict));
        }
        if (!LimitedPaths.isTrackingLink(exchange)) return client;
        return Flux.merge(client, limits.take(perLink, digest(LimitedPaths.decoded(exchange)))).reduce(Verdict::tighter);
    }

    private Mono<String> subject(ServerWebExchange exchange) {
        String address = "a:" + clients.clientOf(exchange);
        String token;
        try {
            token = BearerTokens.fromAuthorizationHeader(exchange.getRequest().getHeaders().getFirst("Authorization"));
        } catch (RuntimeException malformed) {
            return Mono.just(address);
        }
        if (token == null) return Mono.just(address);
        // the security filters decode the same token next, from the decoder's cache of verified tokens
        return tokens.decode(token).map(RequestBuckets::member).onErrorResume(e -> Mono.empty()).defaultIfEmpty(address);
    }

    private static String member(Jwt jwt) {
        return "m:" + jwt.getClaimAsString(TokenClaims.TENANT_ID) + ":" + jwt.getSubject();
    }

    /** Links are long and chosen by whoever sends them: keys of a fixed size. */
    private static String digest(String path) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(path.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
