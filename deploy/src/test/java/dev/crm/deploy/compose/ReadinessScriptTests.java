package dev.crm.deploy.compose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.sun.net.httpserver.HttpServer;
import dev.crm.deploy.support.RepositoryFiles;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * deploy/compose/readiness.sh, the services' compose healthcheck, against a stand-in actuator: with
 * only curl, only wget, or only bash on the PATH (a minimal JRE image may have any one of them).
 */
class ReadinessScriptTests {

    HttpServer actuator;
    volatile int status;
    volatile String body;

    @TempDir
    Path bin;

    @BeforeEach
    void startActuator() throws IOException {
        actuator = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        actuator.createContext("/actuator/health/readiness", exchange -> {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/vnd.spring-boot.actuator.v3+json");
            exchange.sendResponseHeaders(status, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        actuator.start();
    }

    @AfterEach
    void stopActuator() {
        actuator.stop(0);
    }

    /** A PATH holding only the one program (the shell is called by its absolute path). */
    void onlyOnPath(String program) throws IOException {
        Path real = null;
        for (String dir : System.getenv("PATH").split(":")) {
            Path candidate = Path.of(dir, program);
            if (Files.isExecutable(candidate)) {
                real = candidate;
                break;
            }
        }
        assumeTrue(real != null, program + " is not installed here");
        Files.createSymbolicLink(bin.resolve(program), real);
    }

    int probe(int port) throws Exception {
        ProcessBuilder pb = new ProcessBuilder("/bin/sh", RepositoryFiles.path("deploy/compose/readiness.sh").toString(), String.valueOf(port));
        pb.environment().put("PATH", bin.toString());
        pb.redirectErrorStream(true);
        Process process = pb.start();
        assertThat(process.waitFor(15, TimeUnit.SECONDS)).as("the probe ends by itself").isTrue();
        return process.exitValue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"curl", "wget", "bash"})
    void isHealthyOnlyWhenReadinessAnswersUp(String tool) throws Exception {
        onlyOnPath(tool);
        int port = actuator.getAddress().getPort();

        status = 200;
        body = "{\"status\":\"UP\"}";
        assertThat(probe(port)).as("ready").isZero();

        status = 503;
        body = "{\"status\":\"OUT_OF_SERVICE\"}";
        assertThat(probe(port)).as("not ready").isNotZero();

        status = 200;
        body = "{\"status\":\"DOWN\"}";
        assertThat(probe(port)).as("200 without UP").isNotZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"curl", "wget", "bash"})
    void isUnhealthyWhenNothingListens(String tool) throws Exception {
        onlyOnPath(tool);
        int free;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            free = socket.getLocalPort();
        }
        assertThat(probe(free)).isNotZero();
    }
}
