package dev.crm.gateway;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.crm.testing.TestTokens;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A real HTTP server standing in for every service behind the gateway: it publishes the test key set
 * (as the auth-service does) and answers anything else with what it received, so a test sees what the
 * gateway passed on.
 */
public final class Upstream {

    /** What the last proxied request brought: the client address the gateway named, its proof and the body bytes that arrived. */
    public record Received(String path, String clientIp, String clientIpProof, long bodyBytes) {}

    private final HttpServer server;
    private final AtomicReference<Received> last = new AtomicReference<>();

    private Upstream(HttpServer server) {
        this.server = server;
    }

    public static Upstream start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            Upstream upstream = new Upstream(server);
            server.createContext("/.well-known/jwks.json", exchange -> upstream.answer(exchange, 200, TestTokens.jwks()));
            // a page of records big enough to be worth compressing (CompressionIT)
            server.createContext(LARGE_PAGE, exchange -> upstream.answer(exchange, 200, largePage()));
            server.createContext("/", upstream::echo);
            server.setExecutor(Executors.newCachedThreadPool());
            server.start();
            return upstream;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static final String LARGE_PAGE = "/api/contacts/large-page";

    public static String largePage() {
        StringBuilder items = new StringBuilder();
        for (int i = 0; i < 50; i++) {
            items.append(i == 0 ? "" : ",").append("{\"id\":").append(i).append(",\"firstName\":\"Ada\",\"lastName\":\"Lovelace\"}");
        }
        return "{\"items\":[" + items + "]}";
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public Received last() {
        return last.get();
    }

    public void forget() {
        last.set(null);
    }

    private void echo(HttpExchange exchange) throws IOException {
        long bytes;
        try (InputStream body = exchange.getRequestBody()) {
            bytes = body.transferTo(java.io.OutputStream.nullOutputStream());
        } catch (IOException e) {
            bytes = -1; // the gateway cut the body off
        }
        String clientIp = exchange.getRequestHeaders().getFirst("X-Client-Ip");
        String proof = exchange.getRequestHeaders().getFirst("X-Client-Ip-Proof");
        last.set(new Received(exchange.getRequestURI().getPath(), clientIp, proof, bytes));
        answer(exchange, 200, "{\"clientIp\":\"" + clientIp + "\",\"bytes\":" + bytes + "}");
    }

    private void answer(HttpExchange exchange, int status, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, body.length);
        try (var out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
