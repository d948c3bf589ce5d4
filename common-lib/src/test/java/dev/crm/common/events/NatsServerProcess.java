package dev.crm.common.events;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/** A real nats-server with JetStream on a free port, which a test can stop and start again with its data kept. */
public final class NatsServerProcess implements AutoCloseable {

    private final int port;
    private final Path storeDir;
    private Process process;

    public NatsServerProcess() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            this.port = socket.getLocalPort();
        }
        this.storeDir = Files.createTempDirectory("nats-js");
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
        process = new ProcessBuilder(binary, "-a", "127.0.0.1", "-p", Integer.toString(port), "-js", "-sd", storeDir.toString())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < deadline) {
            try (Socket ignored = new Socket("127.0.0.1", port)) {
                return;
            } catch (IOException notYet) {
                Thread.sleep(50);
            }
        }
        throw new IllegalStateException("nats-server did not start on port " + port);
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
