package dev.crm.deploy.helm;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The little of a Kubernetes API server that Helm's {@code lookup} reads: the v1 discovery document and
 * Secrets by name. The embedded Helm renders against the cluster that KUBECONFIG names (set by surefire),
 * so {@code lookup} answers "not found" here, or the Secret a test stored: an upgrade.
 */
final class FakeKubernetesApi {

    private static final String DISCOVERY = """
            {"kind":"APIResourceList","apiVersion":"v1","groupVersion":"v1","resources":[
            {"name":"secrets","singularName":"secret","namespaced":true,"kind":"Secret","verbs":["get","list"]}]}""";
    private static final String NOT_FOUND = """
            {"kind":"Status","apiVersion":"v1","status":"Failure","reason":"NotFound","code":404}""";

    private static FakeKubernetesApi instance;

    private final Map<String, String> secrets = new ConcurrentHashMap<>();

    private FakeKubernetesApi(Path kubeconfig) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::answer);
        server.setExecutor(null);
        server.start();
        Files.writeString(kubeconfig, """
                apiVersion: v1
                kind: Config
                clusters:
                  - name: fake
                    cluster: {server: "http://127.0.0.1:%d"}
                contexts:
                  - name: fake
                    context: {cluster: fake, namespace: %s}
                current-context: fake
                users: []
                """.formatted(server.getAddress().getPort(), RenderedChart.NAMESPACE));
    }

    /** Started once; KUBECONFIG (surefire's environment) names the file it writes. */
    static synchronized FakeKubernetesApi get() {
        if (instance == null) {
            String kubeconfig = System.getenv("KUBECONFIG");
            if (kubeconfig == null) throw new IllegalStateException("KUBECONFIG is not set (surefire sets it)");
            try {
                instance = new FakeKubernetesApi(Path.of(kubeconfig));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return instance;
    }

    /** A Secret in the namespace, as the API server would return it (JSON). */
    void storeSecret(String name, String json) {
        secrets.put(name, json);
    }

    void removeSecret(String name) {
        secrets.remove(name);
    }

    private void answer(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String prefix = "/api/v1/namespaces/" + RenderedChart.NAMESPACE + "/secrets/";
        String body = NOT_FOUND;
        int status = 404;
        if (path.equals("/api/v1")) {
            body = DISCOVERY;
            status = 200;
        } else if (path.startsWith(prefix) && secrets.containsKey(path.substring(prefix.length()))) {
            body = secrets.get(path.substring(prefix.length()));
            status = 200;
        }
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (var out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
