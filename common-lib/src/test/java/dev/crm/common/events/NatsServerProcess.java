package dev.crm.common.events;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A real nats-server with JetStream on a free port, which a test can stop and start again with its data kept. */
public final class NatsServerProcess implements AutoCloseable {

    private final int port;
    private final Path storeDir;
    private final List<String> arguments;
    private final Map<String, String> environment;
    private Process process;

    public NatsServerProcess() throws IOException {
        this(List.of(), Map.of());
    }

    /**
     * A server started with more command line {@code arguments} ({@code --user}, {@code -c file}, ...) and
     * {@code environment} (variables its configuration file names).
     */
    public NatsServerProcess(List<String> arguments, Map<String, String> environment) throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            this.port = socket.getLocalPort();
        }
        this.storeDir = Files.createTempDirectory("nats-js");
        this.arguments = List.copyOf(arguments);
        this.environment = Map.copyOf(environment);
    }

    /** A started server with its configuration file's {@code configuration} (listen address, port and JetStream come from the command line). */
    public static NatsServerProcess startedWithConfig(String configuration) throws IOException, InterruptedException {
        return startedWithConfig(configuration, Map.of());
    }

    public static NatsServerProcess startedWithConfig(String configuration, Map<String, String> environment) throws IOException, InterruptedException {
        Path file = Files.createTempFile("nats", ".conf");
        Files.writeString(file, configuration);
        return started(List.of("-c", file.toString()), environment);
    }

    /** A started server with more command line arguments. */
    public static NatsServerProcess startedWith(String... arguments) throws IOException, InterruptedException {
        return started(List.of(arguments), Map.of());
    }

    private static NatsServerProcess started(List<String> arguments, Map<String, String> environment) throws IOException, InterruptedException {
        NatsServerProcess nats = new NatsServerProcess(arguments, environment);
        nats.start();
        return nats;
    }

    public int port() {
        return port;
    }

    /** A started server, for a test class's static field; fails with what to do when nats-server is missing. */
    public static NatsServerProcess started() {
        try {
            NatsServerProcess nats = new NatsServerProcess();
            nats.start();
            return nats;
        } catch (Exception e) {
            throw new IllegalStateException("These tests need the nats-server binary (./crm test installs it)", e);
        }
    }

    public String url() {
        return "nats://127.0.0.1:" + port;
    }

    public void start() throws IOException, InterruptedException {
        String binary = Files.isExecutable(Path.of("/usr/sbin/nats-server")) ? "/usr/sbin/nats-server" : "nats-server";
        List<String> command = new ArrayList<>(List.of(binary, "-a", "127.0.0.1", "-p", Integer.toString(port), "-js", "-sd", storeDir.toString()));
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().putAll(environment);
        process = builder.redirectErrorStream(true).redirectOutput(log().toFile()).start();
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < deadline) {
            try (Socket ignored = new Socket("127.0.0.1", port)) {
                return;
            } catch (IOException notYet) {
                if (!process.isAlive()) throw new IllegalStateException("nats-server " + arguments + " stopped: " + Files.readString(log()));
                Thread.sleep(50);
            }
        }
        throw new IllegalStateException("nats-server " + arguments + " did not start on port " + port);
    }

    private Path log() {
        return storeDir.resolve("nats-server.log");
    }

    public void stop() throws InterruptedException {
        if (process != null) {
            process.destroy();
            process.waitFor();
            process = null;
        }
    }

    @Override
    public void close() throws InterruptedException {
        stop();
    }
}
