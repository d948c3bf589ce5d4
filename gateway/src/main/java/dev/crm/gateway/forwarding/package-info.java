/**
 * Who the client is and how it connected: the peer of the socket, or, when that peer is one of the
 * configured proxies ({@code CRM_TRUSTED_PROXIES}), what the proxies wrote into {@code X-Forwarded-For}
 * / {@code Forwarded} and {@code X-Forwarded-Proto}. Nobody else's forwarded headers are believed.
 */
package dev.crm.gateway.forwarding;
